// for...of over a Map or Set is live, as in node: it visits entries added during the loop
// and skips entries deleted before it reaches them.
const m = new Map([['a', 1], ['b', 2], ['c', 3]]);
for (const [k, v] of m) {
  console.log(k, v);
  if (k === 'a') { m.delete('b'); m.set('d', 4); }
}
const s = new Set([1, 2]);
for (const v of s) {
  if (v < 5) s.add(v + 10);
  console.log('s', v);
}
// Delete every entry while walking and add new ones: the loop runs until it has seen them all.
const big = new Map();
for (let i = 0; i < 100; i++) big.set(i, i);
let n = 0;
for (const [k] of big) {
  big.delete(k);
  if (k < 300) big.set(k + 1000, 0);
  n++;
}
console.log(n, big.size);
// break leaves the loop; the map keeps working (and compacts again later).
const churn = new Map();
for (let i = 0; i < 50; i++) churn.set(i, i);
for (const [k] of churn) if (k === 3) break;
for (let i = 0; i < 2000; i++) { churn.set('t' + i, i); churn.delete('t' + (i - 1)); }
console.log(churn.size, churn.get('t1999'));
// clear() during a walk ends it (entries added after the clear are visited).
const c = new Set([1, 2, 3]);
for (const v of c) {
  console.log('c', v);
  if (v === 1) { c.clear(); c.add(99); }
}
