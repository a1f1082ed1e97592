// async/await as node orders it: the body runs synchronously up to the first await, each
// await of a settled promise takes one microtask turn, return of a promise takes two more,
// and timers, immediates and nextTick interleave as node's event loop runs them.
const log = [];
async function first() {
  log.push('first: start');
  await null;
  log.push('first: after await null');
  await Promise.resolve(1);
  log.push('first: after await resolved');
  return 'first done';
}
async function second() {
  log.push('second: start');
  const v = await first();
  log.push(`second: got ${v}`);
  return Promise.resolve('second done');
}
Promise.resolve().then(() => log.push('then 1')).then(() => log.push('then 2')).then(() => log.push('then 3'));
second().then((v) => log.push(`second resolved: ${v}`));
queueMicrotask(() => log.push('microtask'));
process.nextTick(() => log.push('tick'));
setTimeout(() => {
  log.push('timeout');
  // (An immediate scheduled here runs after this callback: scheduled from the main module, its
  // order against a 0 ms timeout is the machine's timing, in node too.)
  setImmediate(() => {
    log.push('immediate');
    console.log(log.join('\n'));
  });
}, 0);
log.push('sync end');

const sleep = (ms, v) => new Promise((resolve) => setTimeout(() => resolve(v), ms));
async function timed() {
  const a = await sleep(5, 'a');
  const b = await sleep(1, 'b');
  console.log('timed', a, b);
}
timed();
