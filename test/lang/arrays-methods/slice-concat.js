// slice (negative, reversed, out-of-range) and concat (arrays flatten one
// level, non-arrays are appended, holes survive, nested arrays stay nested).
const a = [1, 2, 3, 4, 5];
console.log(a.slice(1, 3), a.slice(-2), a.slice(3, 1), a.slice(-100, 2), a.slice(2, 100), a.slice(), a.slice(1.5));
console.log(a.concat([6, 7]), a.concat(6, [7, [8, 9]]), a.concat(), a.concat([], []));
console.log([].concat("s", null, undefined, [[1]]), [1, , 3].concat([4, , 6]));
console.log(a, a.length);
function window3(arr, i) {
  return arr.slice(i, i + 3);
}
let sum = 0;
for (let r = 0; r < 4000; r++) {
  const w = window3(a, r % 6);
  for (let j = 0; j < w.length; j++) sum += w[j];
}
console.log(sum);
let joined = [];
for (let i = 0; i < 5; i++) joined = joined.concat([i, i * 10]);
console.log(joined);
