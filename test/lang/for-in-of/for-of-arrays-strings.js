// for...of over arrays (values, holes as undefined), over strings (code
// points), break/continue inside, and const/let loop bindings captured by
// closures (each iteration gets its own).
let out = "";
for (const v of [1, "two", null, , 5]) out += String(v) + "|";
console.log(out);
let chars = [];
for (const c of "héllo😀!") chars.push(c);
console.log(chars, chars.length);
const fns = [];
for (const x of [10, 20, 30]) fns.push(() => x);
console.log(fns.map((f) => f()));
let firstBig = null;
for (const v of [3, 8, 12, 99, 4]) {
  if (v < 10) continue;
  firstBig = v;
  break;
}
console.log(firstBig);
outer: for (const row of [[1, 2], [3, 4], [5, 6]]) {
  for (const x of row) {
    if (x === 4) continue outer;
    if (x === 6) break outer;
    console.log("x", x);
  }
}
function sumOf(arr) {
  let s = 0;
  for (const v of arr) s += v;
  return s;
}
let t = 0;
for (let i = 0; i < 3000; i++) t += sumOf([i, 1, 2, 3]);
console.log(t);
let n = 0;
for (const c of "") n++;
for (const c of []) n++;
console.log(n);
