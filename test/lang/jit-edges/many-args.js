// Calls with many arguments, fewer and more than declared, through compiled and inlined
// call sites; the callee reads every parameter, missing ones are undefined.
function sum10(a, b, c, d, e, f, g, h, i, j) {
  return a + b + c + d + e + f + g + h + i + j;
}
function firstAndLast(a, b, c, d, e, f, g, h, i, j) {
  return a + "/" + j;
}
let acc = 0;
for (let k = 0; k < 3000; k++) {
  acc += sum10(k, 1, 2, 3, 4, 5, 6, 7, 8, 9);
  if (k % 1000 === 0) console.log(k, acc, sum10(k, 1, 2), sum10(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12));
}
console.log(acc);
console.log(sum10(0.5, 1, 2, 3, 4, 5, 6, 7, 8, 9), sum10("x", 1, 2, 3, 4, 5, 6, 7, 8, 9));
console.log(Math.max(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13), Math.min(5, 4, 3, 2, 1, 0, -1, -2, -3));
