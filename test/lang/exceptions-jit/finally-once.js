// finally runs exactly once on every way out: normal end, return, break, continue,
// a caught throw and a throw that escapes to the caller; hot so it is compiled.
let runs = 0;
function exits(i) {
  for (let j = 0; ; j++) {
    try {
      if (i % 5 === 0) return 'ret';
      if (i % 5 === 1) break;
      if (i % 5 === 2 && j < 2) continue;
      if (i % 5 === 3) throw new RangeError('r' + i);
      if (j >= 2) return 'late';
    } finally {
      runs++;
    }
  }
  return 'broke';
}
const counts = {};
let escaped = 0;
for (let i = 0; i < 20000; i++) {
  try {
    const r = exits(i);
    counts[r] = (counts[r] || 0) + 1;
  } catch (e) {
    escaped++;
  }
}
console.log(JSON_like(counts), escaped, runs);
function JSON_like(o) { return Object.keys(o).map((k) => k + '=' + o[k]).join(','); }
console.log('done');
