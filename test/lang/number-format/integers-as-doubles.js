// Integral doubles (results of double ops that happen to be whole) print without
// a fraction; large integers print exactly as node does.
let x = 0.5;
for (let i = 0; i < 12; i++) {
  x = x * 4;
  console.log(i, x, x + 0.5, x - 0.5, x / 2);
}
console.log(3.0 * 2.0, 10 / 2.5, 0.25 * 8, 1e15 + 0.3, 1e16 + 1, 4503599627370497.5);
console.log(4294967295, 4294967296, 4294967297, -4294967296, 18446744073709552000);
console.log(2147483648 / 2, 2147483648 - 1, (2147483648 - 1) | 0);
