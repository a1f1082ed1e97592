// Memoization with an object cache shared by several recursive functions
// (fibonacci, partition counts, edit distance on strings), with cache keys
// built from strings; sizes of the caches and results printed.
const memo = {};
function cached(name, f) {
  return (...args) => {
    const key = name + ":" + args.join(",");
    if (key in memo) return memo[key];
    const v = f(...args);
    memo[key] = v;
    return v;
  };
}
const fib = cached("fib", (n) => (n < 2 ? n : fib(n - 1) + fib(n - 2)));
const parts = cached("p", (n, k) => (n === 0 ? 1 : n < 0 || k === 0 ? 0 : parts(n - k, k) + parts(n, k - 1)));
const edit = cached("e", (a, b) => {
  if (a === "") return b.length;
  if (b === "") return a.length;
  if (a[0] === b[0]) return edit(a.slice(1), b.slice(1));
  return 1 + Math.min(edit(a.slice(1), b), edit(a, b.slice(1)), edit(a.slice(1), b.slice(1)));
});
console.log(fib(50), fib(78), parts(30, 30), parts(60, 60));
console.log(edit("kitten", "sitting"), edit("flaw", "lawn"), edit("", "abc"), edit("intention", "execution"));
const keys = Object.keys(memo);
const byKind = {};
for (const k of keys) {
  const kind = k.slice(0, k.indexOf(":"));
  byKind[kind] = (byKind[kind] || 0) + 1;
}
console.log(keys.length, byKind, keys.slice(0, 5));
let s = 0;
for (let i = 0; i < 3000; i++) s += fib(i % 40) % 1000;
console.log(s);
for (let n = 0; n <= 12; n += 3) console.log(n, fib(n), parts(n, n), edit("abc".repeat(n % 4), "abd".repeat(n % 3)));
console.log(Object.keys(memo).length, memo["fib:10"], memo["p:5,5"], memo["e:,"]);
