// Functions with many parameters (more than argument registers on x86-64/ARM64),
// with args of mixed kinds, called hot.
function ten(a, b, c, d, e, f, g, h, i, j) {
  return a + 2 * b + 3 * c + 4 * d + 5 * e + 6 * f + 7 * g + 8 * h + 9 * i + 10 * j;
}
function echo(a, b, c, d, e, f, g, h, i, j, k, l) {
  console.log(a, b, c, d, e, f, g, h, i, j, k, l);
}
console.log(ten(1, 1, 1, 1, 1, 1, 1, 1, 1, 1));
console.log(ten(1, 2, 3, 4, 5, 6, 7, 8, 9, 10));
console.log(ten(0.5, 1, 1, 1, 1, 1, 1, 1, 1, 2147483647));
echo(1, -0, 2.5, "s", null, undefined, true, false, NaN, Infinity, 1e21, echo);
echo(1, 2);
let acc = 0;
for (let n = 0; n < 20000; n++) acc = (acc + ten(n, n, n, n, n, n, n, n, n, n)) % 1000003;
console.log(acc);
function params(a, a2, b) {
  a = a2;
  a2 = b;
  return a * 100 + a2;
}
console.log(params(1, 2, 3));
