// Memoization with an object cache keyed by strings built from arguments
// ("n,k"): binomial coefficients and a grid-path count; cache sizes and
// results printed, then the cached function is called hot.
const cache = {};
let misses = 0;
function binom(n, k) {
  if (k === 0 || k === n) return 1;
  const key = n + "," + k;
  if (key in cache) return cache[key];
  misses++;
  const v = binom(n - 1, k - 1) + binom(n - 1, k);
  cache[key] = v;
  return v;
}
console.log(binom(10, 5), binom(30, 15), binom(50, 25), misses, Object.keys(cache).length);
const paths = {};
function grid(r, c) {
  if (r === 0 || c === 0) return 1;
  const k = `${r}x${c}`;
  if (paths[k] !== undefined) return paths[k];
  return (paths[k] = grid(r - 1, c) + grid(r, c - 1));
}
console.log(grid(16, 16), Object.keys(paths).length, paths["3x3"], paths["16x16"]);
let t = 0;
for (let i = 0; i < 5000; i++) t = (t + binom(20 + (i % 10), i % 10)) % 1000003;
console.log(t, misses);
for (let n = 0; n <= 8; n++) {
  let row = "";
  for (let k = 0; k <= n; k++) row += binom(n, k) + " ";
  console.log(row);
}
const keys = Object.keys(cache);
console.log(keys.length, keys.slice(0, 6), keys.slice(-3));
const fibMemo = { 0: 0, 1: 1 };
function fib(n) {
  if (n in fibMemo) return fibMemo[n];
  return (fibMemo[n] = fib(n - 1) + fib(n - 2));
}
console.log(fib(70), Object.keys(fibMemo).length, Object.keys(fibMemo).slice(0, 12).join(","));
