// Array methods on holey arrays: concat and slice keep holes, join treats
// them as empty, indexOf skips them, fill and reverse materialize/move them,
// push appends after them, sort moves them to the end.
const h = [1, , 3, , , 6];
console.log(h.slice(1, 4), h.concat([7, , 9]), h.join("|"));
console.log(h.indexOf(undefined), h.includes(undefined), h.findIndex((x) => x === undefined));
console.log(h.slice().reverse());
console.log(h.slice().fill(0, 1, 3));
const p = h.slice();
p.push(7);
console.log(p, p.length);
console.log(h.slice().sort());
console.log(h.map((x) => x + 1), h.filter((x) => x > 1));
const e = new Array(3);
console.log(e.concat(e), e.map((x) => 1), e.every((x) => false), e.some((x) => true));
function holeySum(arr) {
  let s = 0;
  for (let i = 0; i < arr.length; i++) if (i in arr) s += arr[i];
  return s;
}
let t = 0;
for (let r = 0; r < 3000; r++) t += holeySum(h);
console.log(t);
