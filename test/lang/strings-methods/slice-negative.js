// slice with negative, out-of-range, reversed and NaN/fractional arguments:
// negatives count from the end, start >= end gives "", fractions truncate.
const s = "0123456789";
const args = [
  [0], [3], [-3], [20], [-20], [2, 5], [5, 2], [-4, -1], [-1, -4], [3, -3],
  [0, 100], [-100, 3], [1.7, 4.2], [NaN, 3], [2, NaN], [undefined, 4], [4, undefined],
];
for (const a of args) {
  const r = a.length === 1 ? s.slice(a[0]) : s.slice(a[0], a[1]);
  console.log(`slice(${a.join(", ")})`, "[" + r + "]", r.length);
}
console.log("[" + s.slice() + "]");
function tail(str, n) {
  return str.slice(-n);
}
let total = 0;
for (let i = 0; i < 5000; i++) total += tail("abcdefghij", i % 12).length;
console.log(total);
console.log(tail("abcdef", 0), tail("abcdef", 2), tail("abcdef", 10));
