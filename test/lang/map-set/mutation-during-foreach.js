// As in node: entries added during forEach are visited, deleted ones not yet visited are not.
const m = new Map([[1, 'a'], [2, 'b'], [3, 'c']]);
m.forEach((v, k) => {
  console.log('visit', k, v);
  if (k === 1) { m.delete(2); m.set(4, 'd'); }
  if (k === 3) m.delete(1);
  if (k === 4 && !m.has(5)) m.set(5, 'e');
});
console.log([...m]);
const s = new Set([1, 2, 3]);
s.forEach((v) => {
  if (v < 20) s.add(v * 10);
  if (v === 2) s.delete(3);
});
console.log([...s]);
// Deleting and re-adding the current key appends it again (visited again).
const again = new Set(['p', 'q']);
let seen = '';
again.forEach((v) => {
  seen += v;
  if (seen.length < 4 && v === 'p') { again.delete('p'); again.add('p'); }
});
console.log(seen);
// clear() ends the walk.
const c = new Map([[1, 1], [2, 2], [3, 3]]);
c.forEach((v, k) => { console.log('c', k); if (k === 1) c.clear(); });
console.log(c.size);
