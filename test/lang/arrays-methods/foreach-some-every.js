// forEach (returns undefined, index argument), some/every short-circuit
// (counts how many callbacks ran), and their results on empty arrays
// (some -> false, every -> true).
const a = [2, 4, 6, 7, 8];
let calls = 0;
const r = a.forEach((x, i) => {
  calls += x * i;
});
console.log(r, calls);
let seen = 0;
console.log(a.some((x) => (seen++, x % 2 === 1)), seen);
seen = 0;
console.log(a.every((x) => (seen++, x % 2 === 0)), seen);
seen = 0;
console.log(a.some((x) => (seen++, x > 100)), seen);
console.log([].some((x) => true), [].every((x) => false));
const out = [];
["x", "y", "z"].forEach(function (v, i, arr) {
  out.push(v + i + arr.length);
});
console.log(out);
function allPositive(arr) {
  return arr.every((x) => x > 0);
}
function anyBig(arr) {
  return arr.some((x) => x > 50);
}
let p = 0;
let b = 0;
for (let i = 0; i < 3000; i++) {
  const arr = [i % 7, (i % 11) * 10, 3];
  if (allPositive(arr)) p++;
  if (anyBig(arr)) b++;
}
console.log(p, b);
