// Error stacks made in callbacks the event loop runs end with node's own frames under them:
// a timer's callback is `Timeout._onTimeout` under listOnTimeout/processTimers, an
// immediate's `Immediate._onImmediate` under processImmediate, nextTick callbacks and Promise
// jobs under processTicksAndRejections (once stdout was written to or a tick was queued;
// between two immediates of a batch through runNextTicks), queueMicrotask callbacks under
// node's AsyncResource frames; an async function resumed there lists them before its
// `async` callers.
const frames = (label) => console.log(label, new Error(label).stack.split('\n').slice(1).join('\n'));

console.log('main');
Promise.resolve().then(() => frames('promise-after-log'));
queueMicrotask(() => frames('queueMicrotask'));
process.nextTick(() => frames('tick-0'));
process.nextTick((a) => frames('tick-1'), 1);
process.nextTick((a, b, c) => frames('tick-3'), 1, 2, 3);
process.nextTick((a, b, c, d, e, f) => frames('tick-6'), 1, 2, 3, 4, 5, 6);

async function inner() { await null; frames('async-resumed'); }
async function outer() { await inner(); }
outer();

setTimeout(() => {
  frames('timeout');
  setTimeout(function named() {
    frames('timeout-named');
    setTimeout((x) => {
      frames('timeout-args');
      const iv = setInterval(() => {
        clearInterval(iv);
        frames('interval');
        setImmediate(() => {
          frames('immediate-first');
          process.nextTick(() => frames('tick-between-immediates'));
          Promise.resolve().then(() => frames('promise-between-immediates'));
        });
        setImmediate((y) => frames('immediate-args'), 1);
        setImmediate(() => {
          Promise.resolve().then(() => frames('promise-after-last-immediate-quiet'));
        });
      }, 0);
    }, 0, 'x');
  }, 0);
}, 0);
