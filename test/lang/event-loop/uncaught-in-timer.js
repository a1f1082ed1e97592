// An exception thrown by a timer callback is uncaught: node's report, exit 1, and the timers
// still pending never run.
setTimeout(() => console.log('never'), 50);
setTimeout(() => {
  console.log('about to throw');
  throw new RangeError('from a timer');
}, 10);
process.nextTick(() => console.log('tick first'));
console.log('main');
