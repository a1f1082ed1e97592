// Async generators and for await: awaits and yields, queued requests, return/throw in every
// state, sync sources of promises, early exits that await return(), custom async iterables.
const sleep = (ms, v) => new Promise((r) => setTimeout(() => r(v), ms));
async function* ticker(n) {
  try {
    for (let i = 0; i < n; i++) {
      await sleep(1);
      yield i;
    }
    return 'end';
  } finally {
    console.log('ticker cleanup');
  }
}
async function* fromPromises() {
  yield Promise.resolve('a');
  yield sleep(2, 'b');
  const got = yield 'c';
  console.log('got', got);
}
async function main() {
  for await (const t of ticker(3)) console.log('tick', t);
  const it = fromPromises();
  console.log(Object.prototype.toString.call(it), typeof it[Symbol.asyncIterator]);
  console.log(await it.next(), await it.next(), await it.next(), await it.next('sent'), await it.next());
  for await (const x of [1, Promise.resolve(2), sleep(1, 3)]) console.log('sync source', x);
  for await (const t of ticker(10)) { if (t === 1) break; console.log('early', t); }
  const g = ticker(5);
  console.log(await g.next(), await g.return('stop'), await g.next());
  // requests queue up: all three resolve in order
  const q = ticker(2);
  const all = await Promise.all([q.next(), q.next(), q.next(), q.next()]);
  console.log(all);
  const thrower = (async function* () { yield 1; throw new Error('boom'); })();
  console.log(await thrower.next());
  try { await thrower.next(); } catch (e) { console.log('caught', e.message); }
  console.log(await thrower.next());
  const t2 = (async function* () { try { yield 1; } catch (e) { console.log('inside', e); yield 2; } })();
  await t2.next();
  console.log(await t2.throw('x'), await t2.throw('y').catch((e) => 'rejected ' + e));
  const notStarted = (async function* () { yield 1; })();
  console.log(await notStarted.return(Promise.resolve(7)), await notStarted.next());
  class Stream { constructor(n) { this.n = n; } async *[Symbol.asyncIterator]() { for (let i = 0; i < this.n; i++) yield i * 10; } }
  const seen = [];
  for await (const v of new Stream(3)) seen.push(v);
  console.log(seen);
  const custom = { [Symbol.asyncIterator]() { let i = 0; return { next: () => Promise.resolve({ value: i, done: i++ >= 2 }), return: () => { console.log('custom return'); return Promise.resolve({ done: true }); } }; } };
  for await (const v of custom) { console.log('custom', v); break; }
  async function firstBig(src) { for await (const v of src) if (v > 15) return v; }
  console.log(await firstBig(new Stream(5)));
  console.log(Object.getPrototypeOf(ticker).constructor === undefined, String(ticker).slice(0, 14), Object.prototype.toString.call(ticker));
  console.log(ticker);
}
main().then(() => console.log('done'));
console.log('sync end');
