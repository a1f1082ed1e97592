// Arrow closures created inside a hot function on every call (allocation of
// closures in a loop), capturing the call's parameters, then invoked and
// dropped; totals and a few retained closures are printed.
function makeOps(k) {
  return [(x) => x + k, (x) => x * k, (x) => x - k];
}
let total = 0;
for (let i = 0; i < 5000; i++) {
  const ops = makeOps(i % 13);
  total += ops[0](1) + ops[1](2) + ops[2](3);
}
console.log(total);
const kept = [];
for (let i = 0; i < 5; i++) kept.push(makeOps(i));
console.log(kept.map((ops) => ops.map((f) => f(10)).join("/")));
const pipeline = [(x) => x + 1, (x) => x * 3, (x) => x % 1000, (x) => x / 2];
let v = 0;
for (let i = 0; i < 4000; i++) v = pipeline[i % 4](v);
console.log(v);
console.log(pipeline);
