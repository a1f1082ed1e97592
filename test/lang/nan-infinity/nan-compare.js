// NaN compares false with everything (including itself) and is falsy; compiled
// compares must treat the unordered case exactly as node does.
let n = NaN;
console.log(n === n, n !== n, n == n, n != n, n < 1, n > 1, n <= n, n >= n);
console.log(0 / 0, Infinity - Infinity, Infinity * 0, Math.sqrt(-1), undefined + 1);
function lt(a, b) { return a < b; }
function le(a, b) { return a <= b; }
function gt(a, b) { return a > b; }
function ge(a, b) { return a >= b; }
for (let i = 0; i < 6; i++) {
  let a = i === 0 ? NaN : i === 1 ? 1 : i === 2 ? -Infinity : i === 3 ? 0.5 : i === 4 ? -0 : Infinity;
  console.log(a, lt(a, 1), le(a, 1), gt(a, 1), ge(a, 1), lt(a, NaN), ge(NaN, a));
}
console.log(!n, n ? 1 : 2, n || "fallback", n && "nope", n ?? "not nullish");
let count = 0;
let x = NaN;
while (!(x >= 0)) {
  count++;
  x = count > 3 ? count : NaN;
}
console.log(count, x);
