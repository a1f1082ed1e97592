// % on ints, negative operands (sign follows the dividend, -0 results), zero
// divisor (NaN) and doubles: each is a guard an int32 fast path must get right.
function mod(a, b) {
  return a % b;
}
for (let a = -7; a <= 7; a++) {
  console.log(a, mod(a, 3), mod(a, -3), mod(a, 1), mod(a, -1), mod(a, 7));
}
console.log(mod(5, 0), mod(-5, 0), mod(0, 0), mod(0, 5), mod(-0, 5));
console.log(mod(-4, 2), mod(-4, -2), mod(4, -2));
console.log(mod(5.5, 2), mod(-5.5, 2), mod(5, 2.5), mod(1e17, 3));
console.log(mod(-2147483648, -1), mod(-2147483648, 2147483647), mod(2147483647, -2147483648));
console.log(mod(Infinity, 2), mod(2, Infinity), mod(-2, Infinity), mod(NaN, 1));
