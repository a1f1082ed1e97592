// Bitwise and shift sites trained on int32, then given doubles, huge values,
// NaN, strings and booleans.
function f(a, b) {
  return (a & b) ^ (a << 1) ^ (b >>> 2) ^ ~a;
}
let h = 0;
for (let i = 0; i < 5000; i++) h ^= f(i, i * 3);
console.log(h);
console.log(f(1.5, 2.5), f(1e10, 3), f(NaN, 7), f("12", "5"), f(true, null), f(undefined, -1));
console.log(f(-2147483648, 2147483647), f(4294967295, 4294967296), f(-0, -0));
for (let i = 0; i < 3000; i++) h ^= f(i + 0.5, i);
console.log(h);
