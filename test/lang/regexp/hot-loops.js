// Regular expressions in hot functions: literals evaluated per call (a new object each time),
// a shared global regexp's lastIndex across calls, tokenizing and validating in loops long
// enough for the optimizing tier, and a callback replace whose callback is itself hot.
function words(line) {
  return line.toLowerCase().match(/[a-z']+/g) || [];
}
function isEmail(s) {
  return /^[\w.+-]+@[\w-]+\.[\w.]+$/.test(s);
}
const counts = new Map();
const text = 'It was the best of times, it was the worst of times; it was the age of wisdom.';
for (let i = 0; i < 3000; i++) {
  for (const w of words(text)) counts.set(w, (counts.get(w) || 0) + 1);
}
console.log([...counts].slice(0, 6));
let valid = 0;
const candidates = ['a@b.co', 'bad@', 'x.y+z@host-name.org', '@no.pe', 'plain'];
for (let i = 0; i < 5000; i++) if (isEmail(candidates[i % candidates.length])) valid++;
console.log(valid);

const shared = /\d+/g;
let total = 0;
for (let i = 0; i < 2000; i++) {
  const m = shared.exec('a1b22c333');
  total += m === null ? -1 : Number(m[0]);
}
console.log(total, shared.lastIndex);

function camel(s) {
  return s.replace(/[-_](\w)/g, (_, c) => c.toUpperCase());
}
let out = '';
for (let i = 0; i < 2000; i++) out = camel('some-long_name-' + (i % 7));
console.log(out);

function fresh() {
  return /x/g;
}
const a = fresh();
const b = fresh();
a.lastIndex = 5;
console.log(a === b, a.lastIndex, b.lastIndex);
