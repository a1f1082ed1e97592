// Numeric sort with comparators (a - b, b - a), comparator returning only
// -1/0/1, sorting doubles, negatives, -0 and 0 (equal to the comparator, so
// their relative order is kept), Infinity; the sort mutates in place.
const a = [10, 9, 1, 100, -5, 3.5, -0.5, 0, 42, 7];
a.sort((x, y) => x - y);
console.log(a);
a.sort((x, y) => y - x);
console.log(a);
const b = [3, -0, 0, -0, 2, Infinity, -Infinity, 1];
b.sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
console.log(b, 1 / b[2], 1 / b[3], 1 / b[4]);
const big = [];
for (let i = 0; i < 200; i++) big.push(((i * 7919) % 1000) - 500);
big.sort((x, y) => x - y);
let ok = true;
for (let i = 1; i < big.length; i++) if (big[i - 1] > big[i]) ok = false;
console.log(ok, big[0], big[199], big.slice(95, 105));
function med(arr) {
  const s = arr.slice().sort((x, y) => x - y);
  return s[s.length >> 1];
}
let t = 0;
for (let r = 0; r < 2000; r++) t += med([r % 10, (r * 3) % 17, 5, (r * 7) % 11, 2]);
console.log(t);
