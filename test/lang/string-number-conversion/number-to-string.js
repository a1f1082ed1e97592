// Number -> string for doubles that need the shortest round-trip digits:
// 0.1+0.2, 1/3, 123456789.123, powers of ten at the exponent switch points
// (1e21 uses exponent, 1e20 does not; 1e-6 plain, 1e-7 exponent), -0 -> "0".
const vals = [
  0.1 + 0.2, 1 / 3, 2 / 3, 123456789.123, 1e21, 1e20, 123e18, 1.5e21, 1e-6, 1e-7, 1.5e-7,
  0.000001234, 0.0000001234, -0, 0, NaN, Infinity, -Infinity, 5e-324, 1.7976931348623157e308,
  2 ** 53, 2 ** 53 + 2, 9007199254740993, 0.1, 100, 1e100, -1e-100, 4.35, 0.5, 1.005, 1234.5678e10,
  1 / 7, 100 / 3, 255 / 256, 3.14159, -273.15, 1e15 + 0.3, 1e16 + 1,
];
for (const v of vals) console.log(String(v), "" + v, `${v}`);
let s = "";
for (let i = 0; i < 12; i++) s += 10 ** i / 3 + " ";
console.log(s);
let t = "";
for (let i = 1; i < 12; i++) t += 1 / 10 ** i + " ";
console.log(t);
function str(x) {
  return "" + x;
}
let len = 0;
for (let i = 0; i < 5000; i++) len += str(i * 0.1).length;
console.log(len);
