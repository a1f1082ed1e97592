// Map/Set operations in hot functions (compiled by the JIT).
function countWords(words) {
  const counts = new Map();
  for (const w of words) counts.set(w, (counts.get(w) || 0) + 1);
  return counts;
}
const words = [];
for (let i = 0; i < 3000; i++) words.push('w' + (i % 13));
let last;
for (let round = 0; round < 20; round++) last = countWords(words);
console.log(last.size, last.get('w0'), last.get('w12'));
function uniq(xs) {
  const seen = new Set();
  const out = [];
  for (let i = 0; i < xs.length; i++) {
    if (!seen.has(xs[i])) { seen.add(xs[i]); out.push(xs[i]); }
  }
  return out.length;
}
let total = 0;
for (let i = 0; i < 200; i++) total += uniq([1, 2, 3, 2, 1, i % 5, 7]);
console.log(total);
function sizeOf(c) { return c.size; }
let sizes = 0;
for (let i = 0; i < 2000; i++) sizes += sizeOf(i % 2 ? new Map([[i, i]]) : new Set([1, 2]));
console.log(sizes);
