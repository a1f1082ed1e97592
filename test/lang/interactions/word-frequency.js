// Word counting over a text: lowercase, strip punctuation by scanning chars,
// split, count in an object, sort by count then alphabetically, print the
// top entries and some statistics; the counting runs repeatedly.
const text = `It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of
Darkness, it was the spring of hope, it was the winter of despair.`;
function clean(s) {
  let out = "";
  for (const c of s.toLowerCase()) out += (c >= "a" && c <= "z") || c === " " ? c : " ";
  return out;
}
function count(s) {
  const counts = {};
  for (const w of clean(s).split(" ")) {
    if (w === "") continue;
    counts[w] = (counts[w] || 0) + 1;
  }
  return counts;
}
const c = count(text);
const entries = Object.entries(c).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
console.log(entries.length);
for (const [w, n] of entries.slice(0, 12)) console.log(w + " ".repeat(12 - w.length) + n);
console.log(entries.filter(([, n]) => n === 1).map(([w]) => w).join(","));
console.log(c);
let total = 0;
for (let i = 0; i < 300; i++) total += Object.keys(count(text)).length;
console.log(total);
