// & | ^ ~ on ints including negative values and the sign bit.
function band(a, b) { return a & b; }
function bor(a, b) { return a | b; }
function bxor(a, b) { return a ^ b; }
function bnot(a) { return ~a; }
let vals = 0;
for (let i = 0; i < 8; i++) {
  let a = i * 1234567 - 4000000;
  let b = i * -987654 + 123;
  console.log(a, b, band(a, b), bor(a, b), bxor(a, b), bnot(a), bnot(b));
  vals = vals ^ a;
}
console.log(vals, ~vals, ~~vals, ~0, ~-1, ~2147483647, ~-2147483648);
console.log(0xff & 0x0f, 0xf0 | 0x0f, 0xff ^ 0xaa, -1 & 0x7fffffff, -1 | 0, 0 | -0);
console.log(0x80000000 & 0x80000000, 0x80000000 | 0, 0xffffffff ^ 0, 0x7fffffff + 1 | 0);
let mask = 0;
for (let bit = 0; bit < 32; bit += 5) {
  mask |= 1 << bit;
  console.log(bit, mask, mask >>> 0);
}
