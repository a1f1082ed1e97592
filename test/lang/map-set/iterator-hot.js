// Iterators and for-of over collections in hot, compiled code.
function sumKeys(m) {
  let s = 0;
  for (const k of m.keys()) s += k;
  return s;
}
function sumEntries(m) {
  let s = 0;
  for (const [k, v] of m) s += k * v;
  return s;
}
function drain(set) {
  const it = set.values();
  let n = 0;
  for (let r = it.next(); !r.done; r = it.next()) n += r.value;
  return n;
}
const m = new Map();
for (let i = 0; i < 50; i++) m.set(i, i + 1);
const set = new Set([1, 2, 3, 4]);
let total = 0;
for (let i = 0; i < 400; i++) total += sumKeys(m) + sumEntries(m) + drain(set);
console.log(total);
