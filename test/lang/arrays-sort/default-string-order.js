// Default sort converts elements to strings and compares code units:
// [10, 9, 1] sorts to [1, 10, 9], negatives sort by "-", doubles by their
// text, and undefined always goes last (it is not stringified).
console.log([10, 9, 1].sort());
console.log([3, 20, 100, 1, 2, 25].sort());
console.log([-1, -10, 5, -2, 0].sort());
console.log([0.5, 10, 1e21, 1e-7, 2, 0.25].sort());
console.log([true, false, "true", null, "nulla", undefined, "undefined", NaN].sort());
console.log(["b", "a", "C", "B", "c", "A", "", "aa", "ab"].sort());
console.log([undefined, 3, undefined, 1, 2].sort());
const nums = [];
for (let i = 0; i < 25; i++) nums.push((i * 7) % 25);
console.log(nums.sort().join(" "));
function sortedCopy(a) {
  return a.slice().sort();
}
let h = 0;
for (let r = 0; r < 500; r++) {
  const s = sortedCopy([r % 13, 100 + (r % 7), 9, "x" + r, r / 4]);
  h = (h * 31 + String(s[4]).length + String(s[0]).length) % 1000003;
}
console.log(h);
