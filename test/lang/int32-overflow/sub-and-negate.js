// Subtraction and negation overflowing downward; negation of 0 yields -0,
// which no int32 can represent.
function sub(a, b) {
  return a - b;
}
function negate(a) {
  return -a;
}
let x = -2147483600;
for (let i = 0; i < 100; i++) {
  x = sub(x, 1);
  if (x < -2147483640 || i % 25 === 0) console.log(i, x, negate(x));
}
console.log(negate(0), negate(-2147483648), negate(2147483647), negate(1.5));
let d = 0;
for (let i = 0; i < 1000; i++) {
  d = sub(d, 4294967);
}
console.log(d, negate(d), sub(d, d), sub(-d, d));
