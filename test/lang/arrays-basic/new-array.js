// new Array(n) makes n holes (not n undefineds): printing shows empty items,
// join gives n-1 commas, forEach skips them, and filling by index works.
const a = new Array(5);
console.log(a.length, a, a[0], 0 in a, a.join("-"));
let visits = 0;
a.forEach(function () {
  visits++;
});
console.log(visits);
for (let i = 0; i < a.length; i++) a[i] = i * 2;
console.log(a, 0 in a);
const z = new Array(0);
console.log(z.length, z);
const big = new Array(120);
console.log(big.length, big.join("").length);
big[119] = "last";
console.log(big);
function table(n) {
  const t = new Array(n);
  for (let i = 0; i < n; i++) t[i] = new Array(n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) t[i][j] = i * j;
  return t;
}
let s = 0;
for (let r = 0; r < 500; r++) {
  const t = table(r % 8);
  for (let i = 0; i < t.length; i++) s += t[i][t.length - 1];
}
console.log(s);
console.log(table(4));
