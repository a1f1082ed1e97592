// Mutating a Map while iterating it: deleted entries not yet visited are
// skipped, entries added during iteration are visited, a deleted and re-added
// key is visited again at the end, and clear() ends the iteration.
function keysOf(m) {
  return [...m.keys()].join(",");
}
const m = new Map();
for (let i = 0; i < 10; i++) m.set(i, i * i);
const visited = [];
for (const [k] of m) {
  visited.push(k);
  if (k % 2 === 0) m.delete(k + 1);
}
console.log(visited.join(","), "|", keysOf(m));
const m2 = new Map([["a", 1], ["b", 2], ["c", 3]]);
const v2 = [];
for (const [k, v] of m2) {
  v2.push(k);
  if (k === "a") m2.set("d", 4);
  if (k === "b") {
    m2.delete("a");
    m2.set("a", 10);
  }
  if (v2.length > 10) break;
}
console.log(v2.join(","), "|", keysOf(m2));
const m3 = new Map([[1, 1], [2, 2], [3, 3], [4, 4]]);
const v3 = [];
m3.forEach((v, k) => {
  v3.push(k);
  if (k === 2) m3.clear();
});
console.log(v3.join(","), m3.size);
const m4 = new Map();
for (let i = 0; i < 1000; i++) m4.set("k" + i, i);
let removed = 0;
for (const [k, v] of m4) {
  if (v % 3 !== 0) {
    m4.delete(k);
    removed++;
  }
}
console.log(removed, m4.size, m4.get("k999"), m4.get("k998"));
const m5 = new Map([["only", 1]]);
for (const [k] of m5) m5.delete(k);
console.log(m5.size, keysOf(m5) === "");
console.log("done");
