// Map and Set in hot loops (100k operations, so the code using them is
// compiled): counting, membership, and keys of mixed types.
const counts = new Map();
for (let i = 0; i < 100000; i++) {
  const k = (i * 7919) % 101;
  counts.set(k, (counts.get(k) || 0) + 1);
}
let maxKey = -1;
let maxCount = 0;
for (const [k, c] of counts) {
  if (c > maxCount) {
    maxCount = c;
    maxKey = k;
  }
}
console.log(counts.size, maxKey, maxCount);
const seen = new Set();
let dupes = 0;
let x = 1;
for (let i = 0; i < 100000; i++) {
  x = (x * 75 + 74) % 65537;
  if (seen.has(x)) dupes++;
  else seen.add(x);
}
console.log(seen.size, dupes);
const byName = new Map();
for (let i = 0; i < 2000; i++) byName.set("item" + (i % 500), i);
let sum = 0;
for (let r = 0; r < 50; r++) for (let i = 0; i < 500; i++) sum += byName.get("item" + i);
console.log(byName.size, sum);
console.log("done");
