// Round trips through JSON.stringify and JSON.parse of generated nested
// structures with escapes: the text of a round trip equals the original text,
// and a structural comparison finds no difference.
function gen(depth, seed) {
  if (depth === 0) {
    const k = seed % 6;
    if (k === 0) return seed * 1.25;
    if (k === 1) return "s" + seed + (seed % 4 === 0 ? '"q"\n\\' : "");
    if (k === 2) return seed % 2 === 0;
    if (k === 3) return null;
    if (k === 4) return -seed;
    return "\u00e9\t" + seed;
  }
  if (seed % 2 === 0) {
    const arr = [];
    for (let i = 0; i < 3; i++) arr.push(gen(depth - 1, seed * 3 + i));
    return arr;
  }
  const obj = {};
  for (let i = 0; i < 3; i++) obj["k" + i + (i === 2 ? ' "x"' : "")] = gen(depth - 1, seed * 5 + i);
  return obj;
}
function same(a, b) {
  if (a === null || typeof a !== "object") return a === b;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (let i = 0; i < ka.length; i++) {
    if (ka[i] !== kb[i]) return false;
    if (!same(a[ka[i]], b[kb[i]])) return false;
  }
  return true;
}
let totalLength = 0;
for (let seed = 1; seed <= 20; seed++) {
  const v = gen(4, seed);
  const text = JSON.stringify(v);
  const back = JSON.parse(text);
  const again = JSON.stringify(back);
  totalLength += text.length;
  if (text !== again || !same(v, back)) console.log("mismatch at seed", seed);
}
console.log("total length", totalLength);
const sample = gen(2, 3);
console.log(JSON.stringify(sample));
console.log(JSON.stringify(JSON.parse(JSON.stringify(sample, null, 2))) === JSON.stringify(sample));
console.log("done");
