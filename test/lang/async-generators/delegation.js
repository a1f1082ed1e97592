// yield* in async generators: over async generators, sync iterables (values awaited),
// custom async iterators; next values, return and throw forwarded to the inner iterator.
const sleep = (ms, v) => new Promise((r) => setTimeout(() => r(v), ms));
async function* inner(tag) {
  try {
    const a = yield `${tag}-1`;
    console.log(tag, 'got', a);
    await sleep(1);
    yield `${tag}-2`;
    return `${tag}-result`;
  } finally {
    console.log(tag, 'finally');
  }
}
async function* outer() {
  const r = yield* inner('in');
  console.log('inner returned', r);
  yield* [Promise.resolve('sync-1'), 'sync-2'];
  const custom = {
    [Symbol.asyncIterator]() {
      let i = 0;
      return { next: (v) => Promise.resolve({ value: `custom-${i}-${v}`, done: i++ >= 2 }) };
    },
  };
  yield* custom;
  return 'outer-done';
}
async function main() {
  const g = outer();
  for (let r = await g.next('ignored'); !r.done; r = await g.next('sent')) console.log(r.value);
  console.log(await g.next());
  const early = outer();
  console.log(await early.next(), await early.return('early'), await early.next());
  async function* catcher() {
    try { yield* inner('thrown'); } catch (e) { console.log('outer caught', e); yield 'recovered'; }
  }
  const t = catcher();
  console.log(await t.next(), await t.throw('boom'), await t.next());
  async function* noThrow() { yield* { [Symbol.asyncIterator]() { return { next: () => Promise.resolve({ value: 1, done: false }), return: () => { console.log('closed'); return Promise.resolve({ done: true }); } }; } }; }
  const n = noThrow();
  await n.next();
  try { await n.throw(new Error('x')); } catch (e) { console.log(e.constructor.name, e.message); }
  const collected = [];
  for await (const v of outer()) collected.push(v);
  console.log(collected.length, collected[0], collected[collected.length - 1]);
}
main().then(() => console.log('done'));
