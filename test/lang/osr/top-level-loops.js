// Top-level loops reach compiled code through OSR: sums, a nested loop, and code after
// the loops that had no feedback when the OSR code was compiled.
let sum = 0;
for (let i = 0; i < 5000; i++) sum += i * 3;
console.log(sum);

let acc = 0;
for (let i = 0; i < 60; i++) {
  for (let j = 0; j < 100; j++) acc = (acc + i * j) | 0;
}
console.log(acc);

const words = [];
for (let i = 0; i < 1200; i++) words.push('w' + (i % 10));
const counts = {};
for (const w of words) counts[w] = (counts[w] || 0) + 1;
console.log(counts);
let k = 0;
while (k < 3000) k += 7;
console.log(k, typeof k);
