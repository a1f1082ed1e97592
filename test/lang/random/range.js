// Math.random: numbers in [0, 1); checked through properties, never printed.
let min = 1;
let max = 0;
let sum = 0;
const n = 20000;
for (let i = 0; i < n; i++) {
  const r = Math.random();
  if (r < min) min = r;
  if (r > max) max = r;
  sum += r;
}
console.log(min >= 0, max < 1, min < 0.01, max > 0.99, Math.abs(sum / n - 0.5) < 0.02);
const buckets = [0, 0, 0, 0];
for (let i = 0; i < 4000; i++) buckets[Math.floor(Math.random() * 4)]++;
console.log(buckets.every((b) => b > 800));
console.log(typeof Math.random(), Math.random() !== Math.random());
