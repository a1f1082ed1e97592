// Recursion a few thousand frames deep must not overflow (node allows ~10k).
function depth(n) {
  if (n === 0) return 0;
  return 1 + depth(n - 1);
}
function sumTo(n) {
  return n === 0 ? 0 : n + sumTo(n - 1);
}
console.log(depth(10), depth(1000), depth(3000));
console.log(sumTo(100), sumTo(3000));
let s = 0;
for (let i = 0; i < 200; i++) s += depth(i);
console.log(s);
