// Values that start as int32 and become doubles (and back: 0.5 + 0.5 is an
// integer again) inside the same function and loop.
function step(x, k) {
  if (k % 3 === 0) return x + 0.5;
  if (k % 3 === 1) return x * 2;
  return x - 1;
}
let v = 1;
for (let k = 0; k < 30; k++) {
  v = step(v, k);
  console.log(k, v);
}
function avg(a, b) {
  return (a + b) / 2;
}
console.log(avg(2, 4), avg(2, 3), avg(-1, 0), avg(2147483647, 2147483647), avg(0.1, 0.2));
let total = 0;
for (let i = 0; i < 1000; i++) {
  total += i % 2 === 0 ? i : i / 4;
}
console.log(total);
