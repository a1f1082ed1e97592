// Reads past the end (and at negative / fractional / string indices) give
// undefined and never grow the array; the same reads in a hot loop whose
// index runs past the length so compiled bounds checks take the slow path.
const a = [10, 20, 30];
console.log(a[0], a[2], a[3], a[100], a[-1], a[1.5], a["1"], a["01"], a.length);
function sumPast(arr, extra) {
  let s = 0;
  let undef = 0;
  for (let i = 0; i < arr.length + extra; i++) {
    const v = arr[i];
    if (v === undefined) undef++;
    else s += v;
  }
  return s * 1000 + undef;
}
let t = 0;
for (let r = 0; r < 5000; r++) t += sumPast(a, r % 4);
console.log(t, a.length);
console.log(sumPast([], 3), sumPast([1.5, 2.5], 2), sumPast([1, 2, 3, 4, 5, 6, 7, 8], 0));
function safeGet(arr, i) {
  return arr[i] === undefined ? -1 : arr[i];
}
let u = 0;
for (let i = -5; i < 4000; i++) u += safeGet(a, i % 7);
console.log(u);
console.log(a);
