// Copying arrays (slice(), concat(), spread, loop copy) versus aliasing:
// mutating a copy leaves the original intact, mutating an alias does not.
// Shallow copies still share nested arrays.
const orig = [1, [2, 3], "four"];
const alias = orig;
const c1 = orig.slice();
const c2 = orig.concat();
const c3 = [...orig];
const c4 = [];
for (let i = 0; i < orig.length; i++) c4.push(orig[i]);
c1[0] = "c1";
c2[0] = "c2";
c3[0] = "c3";
c4[0] = "c4";
alias[2] = "FOUR";
console.log(orig, c1, c2, c3, c4);
c1[1].push(99);
console.log(orig[1], c2[1], c3[1] === orig[1]);
function cloneInc(a) {
  const b = a.slice();
  for (let i = 0; i < b.length; i++) b[i]++;
  return b;
}
let base = [0, 0, 0, 0];
for (let r = 0; r < 3000; r++) {
  const n = cloneInc(base);
  if (r % 2 === 0) base = n;
}
console.log(base);
const parts = [[1, 2], [3]];
const spreadCopy = [...parts];
const concatCopy = [].concat(parts);
spreadCopy.push([4]);
concatCopy[0] = ["replaced"];
console.log(parts.length, spreadCopy.length, concatCopy.length);
console.log(parts, spreadCopy, concatCopy);
for (let i = 0; i < 3; i++) {
  const snap = base.slice(0, i + 1);
  snap[0] = -i;
  console.log(i, snap, base[0]);
}
