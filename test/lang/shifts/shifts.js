// << >> >>> including shifts of negative values, the sign bit, and >>> producing
// uint32 values above int32 range (a double result from int operands).
function shl(a, b) { return a << b; }
function sar(a, b) { return a >> b; }
function shr(a, b) { return a >>> b; }
for (let s = 0; s < 34; s += 3) {
  console.log(s, shl(1, s), shl(-1, s), sar(-1024, s), shr(-1024, s), sar(1073741824, s), shr(5, s));
}
console.log(-1 >>> 0, -1 >>> 1, -1 >>> 31, -1 >> 31, 1 << 31, 1 << 30, 3 << 30);
console.log(-2147483648 >> 31, -2147483648 >>> 31, -2147483648 >>> 0, 2147483647 << 1);
let u = -7;
for (let i = 0; i < 5; i++) {
  u = u >>> 1;
  console.log(i, u);
}
