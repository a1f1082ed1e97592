// Closures created in loops: for (let i...) gives each iteration its own i
// (also when the body modifies i), for (var i...) shares one; for-in and
// for-of with let/const also create per-iteration bindings.
const lets = [];
for (let i = 0; i < 5; i++) lets.push(() => i);
console.log(lets.map((f) => f()));
const vars = [];
for (var j = 0; j < 5; j++) vars.push(() => j);
console.log(vars.map((f) => f()));
const skip = [];
for (let i = 0; i < 10; i++) {
  skip.push(() => i);
  i++;
}
console.log(skip.map((f) => f()));
const ins = [];
for (const k in { a: 1, b: 2, c: 3 }) ins.push(() => k);
console.log(ins.map((f) => f()));
const ofs = [];
for (let v of [7, 8, 9]) {
  v *= 2;
  ofs.push(() => v);
}
console.log(ofs.map((f) => f()));
const counters = [];
for (let i = 0; i < 3; i++) {
  let c = i * 100;
  counters.push(() => ++c);
}
for (let r = 0; r < 3000; r++) counters[r % 3]();
console.log(counters.map((f) => f()));
