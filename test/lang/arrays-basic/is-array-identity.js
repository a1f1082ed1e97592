// Array.isArray over every kind of value, and arrays compared by identity:
// two literals with equal contents are not ===, an alias is.
const vals = [[], [1], new Array(3), "abc", 0, null, undefined, {}, { length: 2 }, true, [[]]];
for (const v of vals) console.log(typeof v, Array.isArray(v));
const a = [1, 2];
const b = [1, 2];
const c = a;
console.log(a === b, a == b, a === c, a !== b, [] === []);
c.push(3);
console.log(a, b, c);
function same(x, y) {
  return x === y;
}
let n = 0;
for (let i = 0; i < 4000; i++) if (same(i % 2 ? a : b, a)) n++;
console.log(n);
function countArrays(list) {
  let k = 0;
  for (let i = 0; i < list.length; i++) if (Array.isArray(list[i])) k++;
  return k;
}
let m = 0;
for (let i = 0; i < 3000; i++) m += countArrays(vals);
console.log(m);
