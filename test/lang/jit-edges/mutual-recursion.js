// Mutual recursion between compiled functions, one of which deopts deep in the recursion;
// results flow back up through compiled and interpreted frames.
function isEven(n) {
  if (n === 0) return true;
  return isOdd(n - 1);
}
function isOdd(n) {
  if (n === 0) return false;
  return isEven(n - 1);
}
function depth(n, x) {
  if (n === 0) return x * 2;
  return depth(n - 1, x) + 1;
}
let count = 0;
for (let i = 0; i < 300; i++) if (isEven(i)) count++;
console.log(count, isEven(1001), isOdd(777));
for (let i = 0; i < 200; i++) depth(50, i);
console.log(depth(100, 3), depth(100, 1.25), depth(100, 1073741824), depth(3, "s"));
