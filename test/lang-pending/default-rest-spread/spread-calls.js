// Spread in calls f(...arr): with more or fewer elements than parameters,
// combined with normal arguments before and after, spreading strings (code
// points), empty arrays, holes (become undefined) and Math.max(...arr).
function three(a, b, c) {
  return `${a}|${b}|${c}`;
}
console.log(three(...[1, 2, 3]), three(...[1]), three(...[1, 2, 3, 4, 5]), three(...[]));
console.log(three(0, ...[1]), three(...[1], 9), three(...[1], ...[2], ...[3]));
console.log(three(..."ab"), three(..."😀x"), three(...[1, , 3]));
const nums = [3, 9, -2, 7.5, 0];
console.log(Math.max(...nums), Math.min(...nums), Math.max(...[]), Math.hypot(...[3, 4]));
const big = [];
for (let i = 0; i < 500; i++) big.push((i * 7919) % 1009);
console.log(Math.max(...big), Math.min(...big));
const collect = (...xs) => xs.length;
let t = 0;
for (let i = 0; i < 3000; i++) t += collect(...big.slice(0, i % 20), i);
console.log(t);
const arr = [1, 2];
arr.push(...[3, 4], ...[5]);
console.log(arr, [].concat(...[[1], [2, [3]]]));
