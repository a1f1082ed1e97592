// util.promisify(setTimeout) and require('timers/promises'): setTimeout/setImmediate as
// promises of their value (ordered against plain timers as node orders them), setInterval
// as an async iterator, scheduler.wait/yield, the argument checks (rejections, not throws),
// and require('timers') giving the global functions.
const util = require('util');
const timers = require('timers');
const tp = require('timers/promises');
const { setTimeout: sleep } = require('node:timers/promises');

console.log(util.promisify(setTimeout) === tp.setTimeout, util.promisify(setImmediate) === tp.setImmediate, sleep === tp.setTimeout);
console.log(typeof setTimeout[util.promisify.custom], Object.getOwnPropertyDescriptor(setTimeout, util.promisify.custom).enumerable);
console.log(timers.setTimeout === setTimeout, timers.clearInterval === clearInterval, timers.promises === tp);
console.log(Object.keys(tp), tp.setTimeout.name, tp.setTimeout.length, tp.setImmediate.length, tp.setInterval.length, tp.scheduler);

async function main() {
  const order = [];
  // (Delays 50 ms apart: each timer counts from when it is made, and making them takes
  // kiln longer than node under --stress-deopt.)
  setTimeout(() => order.push('plain 200'), 200);
  const a = util.promisify(setTimeout)(50, 'fifty').then((v) => order.push(`promise 50 ${v}`));
  const b = tp.setTimeout(150).then((v) => order.push(`promise 150 ${v}`));
  setTimeout(() => order.push('plain 100'), 100);
  await Promise.all([a, b]);
  await sleep(100);
  console.log(order.join(', '));

  const imm = [];
  tp.setImmediate('i').then((v) => imm.push(`immediate ${v}`));
  setImmediate(() => imm.push('plain immediate'));
  Promise.resolve().then(() => imm.push('microtask'));
  await tp.setTimeout(3);
  console.log(imm.join(', '));

  let n = 0;
  for await (const v of tp.setInterval(1, 'tick')) {
    console.log('interval', ++n, v);
    if (n === 3) break;
  }
  console.log(await tp.scheduler.wait(1), await tp.scheduler.yield());

  for (const [label, p] of [
    ['delay', tp.setTimeout('x')],
    ['options', tp.setTimeout(1, 'v', 5)],
    ['ref', tp.setTimeout(1, 'v', { ref: 'no' })],
    ['immediate options', tp.setImmediate('v', null)],
  ]) {
    try {
      await p;
      console.log(label, 'resolved');
    } catch (e) {
      console.log(label, e.name, e.code, e.message);
    }
  }
  const unrefd = tp.setTimeout(1000, 'never', { ref: false });
  unrefd.then((v) => console.log('never', v));
  console.log('end of main');
}
main();
