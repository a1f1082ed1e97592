// Bitwise ops on doubles, NaN, Infinity, huge values, booleans, null and
// undefined: ToInt32 truncation and modulo 2**32 must match node.
function toInt(x) {
  return x | 0;
}
console.log(toInt(1.9), toInt(-1.9), toInt(0.5), toInt(-0.5), toInt(2147483647.5));
console.log(toInt(2147483648), toInt(4294967295), toInt(4294967296), toInt(-2147483649));
console.log(toInt(1e10), toInt(-1e10), toInt(1e21), toInt(2 ** 53 + 2), toInt(5e-324));
console.log(toInt(NaN), toInt(Infinity), toInt(-Infinity), toInt(-0));
console.log(toInt(true), toInt(false), toInt(null), toInt(undefined), toInt("42"), toInt("x"));
console.log(3.7 & 5.2, 3.7 | 8.9, 3.7 ^ 1.1, ~3.7, ~-3.7);
console.log(1e10 & 0xffff, 1e10 >>> 0, 1e10 >> 0, 123456789.987 ^ 0);
let s = 0;
for (let i = 0; i < 1000; i++) {
  s = (s + i * 2654435.761) | 0;
}
console.log(s);
