// The event loop without Promises: process.nextTick before queueMicrotask, both before any
// timer; timers by due time then creation order; setInterval until cleared; setImmediate
// after the timers phase; clearTimeout by handle or by number; arguments passed through;
// a timer scheduled from a timer; unref'd timers not keeping the process alive.
const log = (...a) => console.log(...a);
setTimeout(() => log('timeout 20'), 20);
setTimeout((a, b) => log('timeout 0 with', a, b), 0, 'x', 2);
setTimeout(() => log('timeout 1 (same due as 0)'), 1);
queueMicrotask(() => log('microtask 1'));
process.nextTick((v) => log('tick', v), 'arg');
queueMicrotask(() => { log('microtask 2'); process.nextTick(() => log('tick from microtask')); queueMicrotask(() => log('microtask from microtask')); });
process.nextTick(() => log('tick 2'));
const cancelled = setTimeout(() => log('never'), 5);
clearTimeout(cancelled);
const byNumber = setTimeout(() => log('never either'), 5);
clearTimeout(+byNumber);
let n = 0;
const iv = setInterval(() => {
  n++;
  log('interval', n);
  if (n === 3) {
    clearInterval(iv);
    setTimeout(() => {
      log('after interval');
      setImmediate((s) => log('immediate from timer', s), 'ok');
      setTimeout(() => log('timeout from timer'), 0);
      process.nextTick(() => log('tick from timer'));
    }, 5);
  }
}, 30);
setTimeout(() => log('unref never runs'), 100000).unref();
log('main done', typeof iv, typeof cancelled.ref, cancelled.hasRef());
