// Arrows as callbacks to every array higher-order method, capturing loop
// variables and outer state; each pipeline runs hot.
const data = [];
for (let i = 0; i < 40; i++) data.push({ id: i, v: (i * 37) % 23, tag: i % 3 === 0 ? "a" : "b" });
function stats(threshold) {
  const picked = data.filter((d) => d.v > threshold);
  const vs = picked.map((d) => d.v);
  const sum = vs.reduce((a, b) => a + b, 0);
  const anyA = picked.some((d) => d.tag === "a");
  const allBig = picked.every((d) => d.v > threshold);
  const first = picked.find((d) => d.tag === "a");
  const idx = picked.findIndex((d) => d.v === threshold + 1);
  return [picked.length, sum, anyA, allBig, first ? first.id : -1, idx];
}
for (let t = 0; t < 25; t += 4) console.log(t, stats(t));
let acc = 0;
for (let r = 0; r < 300; r++) acc += stats(r % 23)[1];
console.log(acc);
const sorted = data.slice().sort((x, y) => x.v - y.v || y.id - x.id).map((d) => d.id);
console.log(sorted);
