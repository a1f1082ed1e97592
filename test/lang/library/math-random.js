// Math.random only has properties that can be checked deterministically: every
// value is a number in [0, 1), values vary, and a large sample's mean is near
// 0.5 and fills all ten buckets.
let min = 1;
let max = 0;
let sum = 0;
const buckets = new Array(10).fill(0);
const distinct = new Set();
const n = 100000;
for (let i = 0; i < n; i++) {
  const r = Math.random();
  if (typeof r !== "number" || r < 0 || r >= 1) console.log("out of range", r);
  if (r < min) min = r;
  if (r > max) max = r;
  sum += r;
  buckets[Math.floor(r * 10)]++;
  if (i < 1000) distinct.add(r);
}
console.log("min small:", min < 0.01, "max large:", max > 0.99);
console.log("mean near 0.5:", Math.abs(sum / n - 0.5) < 0.01);
console.log("all buckets filled:", buckets.every((b) => b > n / 20));
console.log("distinct in first 1000:", distinct.size > 990);
const shuffled = [1, 2, 3, 4, 5, 6, 7, 8];
for (let i = shuffled.length - 1; i > 0; i--) {
  const j = Math.floor(Math.random() * (i + 1));
  const t = shuffled[i];
  shuffled[i] = shuffled[j];
  shuffled[j] = t;
}
console.log("shuffle keeps elements:", shuffled.slice().sort().join(","));
console.log("done");
