// Timer and tick callbacks that get hot (compiled, inlined into, deoptimized by the modes):
// a recursive chain of setImmediate and nextTick, each doing numeric work.
let total = 0;
function work(i) { let s = 0; for (let k = 0; k < 50; k++) s += (k * i) % 7; return s; }
function step(i) {
  total += work(i);
  if (i < 300) {
    if (i % 3 === 0) setImmediate(step, i + 1);
    else if (i % 3 === 1) process.nextTick(step, i + 1);
    else setTimeout(step, 0, i + 1);
  } else {
    console.log('done', total);
  }
}
step(0);
const order = [];
for (let i = 0; i < 5; i++) setTimeout(() => order.push(i), 0);
setTimeout(() => console.log(order), 2);
