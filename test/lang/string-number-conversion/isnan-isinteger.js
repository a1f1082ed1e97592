// isNaN coerces its argument (isNaN("abc") is true, isNaN("") false) while
// Number.isInteger does not (Number.isInteger("5") is false). Tested over
// numbers, strings, booleans, null and undefined.
const vals = [0, -0, 1, 1.5, -2, 1e21, 2 ** 53, 0.1 + 0.2, NaN, Infinity, -Infinity, "5", "5.5", "", " ", "abc", "0x10", true, false, null, undefined, [], [3], [1, 2]];
for (const v of vals) {
  console.log(typeof v, String(v), isNaN(v), Number.isInteger(v));
}
function countInts(n) {
  let c = 0;
  for (let i = 0; i < n; i++) if (Number.isInteger(i / 4)) c++;
  return c;
}
function countNaN(n) {
  let c = 0;
  for (let i = 0; i < n; i++) if (isNaN(i % 5 === 0 ? "x" + i : "" + i)) c++;
  return c;
}
let a = 0;
let b = 0;
for (let r = 0; r < 100; r++) {
  a += countInts(50);
  b += countNaN(50);
}
console.log(a, b);
