// 'beforeExit': each time the loop runs dry, with process.exitCode; not after process.exit().
let rounds = 0;
process.on('beforeExit', (code) => {
  console.log('beforeExit', code, ++rounds);
  Promise.resolve().then(() => console.log('microtask from beforeExit', rounds));
  process.nextTick(() => console.log('tick from beforeExit', rounds));
  if (rounds === 1) setTimeout(() => console.log('timer from first beforeExit'), 1);
  if (rounds === 2) { process.exitCode = 4; setImmediate(() => console.log('immediate from second beforeExit')); }
});
process.once('beforeExit', () => console.log('once listener'));
process.on('exit', (code) => console.log('exit', code, rounds));
console.log('main', process.listenerCount('beforeExit'));
setTimeout(() => console.log('main timer'), 1);
