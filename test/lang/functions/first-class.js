// Top-level functions as values: passed as arguments, stored in variables,
// compared, printed, and called through a variable.
function double(x) {
  return x * 2;
}
function inc(x) {
  return x + 1;
}
function apply(f, x, times) {
  for (let i = 0; i < times; i++) x = f(x);
  return x;
}
console.log(apply(double, 1, 10), apply(inc, 1, 10), apply(double, 0.5, 3));
let g = inc;
console.log(g(41), g === inc, g === double, typeof g);
g = double;
console.log(g(41), g);
console.log(double, inc, apply);
let total = 0;
for (let i = 0; i < 3000; i++) total = apply(i % 2 ? inc : double, total, 1) % 100000;
console.log(total);
