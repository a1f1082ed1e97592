// One sorting helper called thousands of times with several comparators
// (numeric ascending, by object field, by string length), so the comparator
// call site inside the builtin is polymorphic; results checked by verifying
// order after every sort.
function sortWith(arr, cmp) {
  return arr.slice().sort(cmp);
}
const asc = (a, b) => a - b;
const byX = (a, b) => a.x - b.x;
const byLen = (a, b) => a.length - b.length;
function isSorted(arr, cmp) {
  for (let i = 1; i < arr.length; i++) if (cmp(arr[i - 1], arr[i]) > 0) return false;
  return true;
}
const nums = [5, 3, 9, 1, 7, 2, 8];
const pts = [{ x: 3, y: 0 }, { y: 1, x: 1 }, { x: 2, y: 2, z: 9 }, { x: 0, y: 5 }];
const strs = ["ccc", "a", "bb", "dddd", ""];
let good = 0;
for (let r = 0; r < 1500; r++) {
  nums[r % 7] = (r * 13) % 50;
  if (isSorted(sortWith(nums, asc), asc)) good++;
  if (isSorted(sortWith(pts, byX), byX)) good++;
  if (isSorted(sortWith(strs, byLen), byLen)) good++;
}
console.log(good);
console.log(sortWith(nums, asc), nums);
console.log(sortWith(pts, byX));
console.log(sortWith(strs, byLen));
console.log(sortWith(nums, (a, b) => b - a));
