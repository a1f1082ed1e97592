// Destructuring in for-of heads and in plain for loops: pairs from
// Object.entries, index/value arrays, swapping inside the loop, and a
// destructured binding captured by closures (one binding per iteration).
const pairs = [["a", 1], ["b", 2], ["c", 3]];
const fs = [];
for (const [k, v] of pairs) fs.push(() => k + v);
console.log(fs.map((f) => f()));
for (let [i, j] = [0, 10]; i < j; [i, j] = [i + 2, j - 1]) console.log(i, j);
const grid = [[1, 2, 3], [4, 5, 6]];
for (const [r0, , r2] of grid) console.log(r0, r2);
const people = [{ n: "ann", a: { city: "x" } }, { n: "bob", a: { city: "y" } }];
for (const { n, a: { city } } of people) console.log(n, city);
let sum = 0;
for (let r = 0; r < 2000; r++) for (const [k, v] of pairs) sum += v + k.length;
console.log(sum);
