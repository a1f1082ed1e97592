// for...in over objects lists own enumerable keys as strings in key order;
// over arrays it gives index strings (not numbers); deleting a not-yet-
// visited key during the loop skips it; empty objects and arrays run the
// body zero times.
const o = { b: 1, a: 2, 5: "five", 1: "one" };
for (const k in o) console.log(k, typeof k, o[k]);
const arr = ["x", "y", "z"];
let s = "";
for (const i in arr) s += i + ":" + typeof i + ":" + arr[i] + " ";
console.log(s);
const d = { p: 1, q: 2, r: 3 };
const seen = [];
for (const k in d) {
  seen.push(k);
  if (k === "p") delete d.q;
}
console.log(seen, d);
let cnt = 0;
for (const k in {}) cnt++;
for (const k in []) cnt++;
console.log(cnt);
function countKeys(obj) {
  let n = 0;
  for (const k in obj) n++;
  return n;
}
let total = 0;
for (let i = 0; i < 3000; i++) total += countKeys(i % 2 ? o : d);
console.log(total);
