// forEach/map/filter read length once: elements pushed during iteration are
// not visited, elements changed ahead of the cursor are seen with their new
// value, elements deleted via length shrink are skipped.
const a = [1, 2, 3];
const visited = [];
a.forEach((x, i, arr) => {
  visited.push(x);
  if (i === 0) arr.push(99);
  if (i === 0) arr[2] = 30;
});
console.log(visited, a);
const b = [1, 2, 3, 4, 5];
const seen = [];
b.forEach((x, i, arr) => {
  seen.push(x);
  if (i === 1) arr.length = 3;
});
console.log(seen, b);
const c = [1, 2, 3];
const m = c.map((x, i, arr) => {
  if (i === 0) arr.push(4);
  return x * 10;
});
console.log(m, c);
const d = [5, 6, 7, 8];
const f = d.filter((x, i, arr) => {
  if (i === 0) arr.pop();
  return true;
});
console.log(f, d);
let n = 0;
for (let r = 0; r < 2000; r++) {
  const e = [1, 2, 3];
  e.forEach((x, i, arr) => {
    if (arr.length < 6) arr.push(x);
    n += x;
  });
}
console.log(n);
