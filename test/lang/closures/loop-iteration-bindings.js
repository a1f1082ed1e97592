// Each for-let iteration has its own binding: closures made in the loop
// body, in the loop update, in nested loops; while-loop with an inner let
// block binding; a var loop for contrast.
const a = [];
for (let i = 0; i < 4; i++) a.push(() => i * 10);
console.log(a.map((f) => f()));
const grid = [];
for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) grid.push(() => `${i}${j}`);
console.log(grid.map((f) => f()).join(" "));
const w = [];
let k = 0;
while (k < 4) {
  let captured = k * k;
  w.push(() => captured);
  k++;
}
console.log(w.map((f) => f()));
const v = [];
for (var m = 0; m < 4; m++) v.push(() => m);
console.log(v.map((f) => f()));
const mutators = [];
for (let i = 0; i < 3; i++) {
  mutators.push(() => ++i);
}
console.log(mutators.map((f) => f()), mutators.map((f) => f()));
let total = 0;
for (let r = 0; r < 300; r++) {
  const fs = [];
  for (let i = 0; i < 10; i++) fs.push(() => i + r);
  for (let j = 0; j < fs.length; j++) total += fs[j]();
}
console.log(total);
