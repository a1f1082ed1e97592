// Counting words with an object as a dictionary: hundreds of distinct keys
// generated from a deterministic pseudo-random text, counts read back in key
// order, the most frequent words found, and totals cross-checked.
const syll = ["ka", "lo", "mi", "ne", "ru", "to", "va", "zi"];
let seed = 12345;
function next() {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return Math.floor(seed / 65536);
}
const words = [];
for (let i = 0; i < 6000; i++) {
  const len = 1 + (next() % 4);
  let w = "";
  for (let j = 0; j < len; j++) w += syll[next() % syll.length];
  words.push(w);
}
const counts = {};
for (const w of words) {
  if (counts[w] === undefined) counts[w] = 0;
  counts[w]++;
}
const keys = Object.keys(counts);
let total = 0;
for (const k of keys) total += counts[k];
console.log(keys.length, total, words.length);
console.log(keys.slice(0, 12).join(" "));
const top = keys.slice().sort((a, b) => counts[b] - counts[a] || (a < b ? -1 : 1)).slice(0, 10);
for (const w of top) console.log(w, counts[w]);
let singles = 0;
for (const k in counts) if (counts[k] === 1) singles++;
console.log("singles", singles, "ka" in counts, "kaka" in counts, counts.nothere);
