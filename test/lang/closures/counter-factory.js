// Closures capturing and mutating an outer variable: each factory call
// makes an independent counter; two closures from the same call share one
// variable. Called hot so the captured-variable access gets compiled.
function makeCounter(start) {
  let n = start;
  return {
    inc: () => ++n,
    dec: () => --n,
    get: () => n,
  };
}
const a = makeCounter(0);
const b = makeCounter(100);
for (let i = 0; i < 5000; i++) a.inc();
for (let i = 0; i < 3000; i++) b.dec();
console.log(a.get(), b.get());
a.dec();
console.log(a.get(), b.inc(), b.get());
const cs = [];
for (let i = 0; i < 5; i++) cs.push(makeCounter(i * 10));
for (let r = 0; r < 1000; r++) cs[r % 5].inc();
console.log(cs.map((c) => c.get()));
function adder(k) {
  return function (x) {
    return x + k;
  };
}
const add5 = adder(5);
const add7 = adder(7);
let s = 0;
for (let i = 0; i < 4000; i++) s = add5(s) - add7(0) + 3;
console.log(s, add5(1), add7(1), adder(0.5)(1), adder("s")("t"));
const c = makeCounter(-2);
for (let i = 0; i < 4; i++) console.log("step", i, c.inc(), c.inc(), c.dec(), c.get());
console.log(typeof c.inc, c);
