// indexOf uses === (NaN never found, -0 finds 0), includes uses SameValueZero
// (NaN found). fromIndex positive/negative. Holes are skipped by indexOf
// but includes treats them as undefined.
const a = [1, "1", NaN, 0, undefined, null, "a", 1];
console.log(a.indexOf(1), a.indexOf("1"), a.indexOf(NaN), a.indexOf(-0), a.indexOf(undefined), a.indexOf(null), a.indexOf("b"));
console.log(a.includes(NaN), a.includes(-0), a.includes(undefined), a.includes("A"), a.includes(1, 1), a.includes(1, -1));
console.log(a.indexOf(1, 1), a.indexOf(1, -1), a.indexOf(1, -100), a.indexOf(1, 100), a.indexOf("a", -2));
const h = [1, , 3];
console.log(h.indexOf(undefined), h.includes(undefined));
const big = [];
for (let i = 0; i < 200; i++) big.push(i * 3);
function find(arr, v) {
  return arr.indexOf(v);
}
let s = 0;
let inc = 0;
for (let r = 0; r < 3000; r++) {
  s += find(big, r % 600);
  if (big.includes(r % 600)) inc++;
}
console.log(s, inc);
const objs = [{ k: 1 }, { k: 1 }];
const o = objs[1];
console.log(objs.indexOf(o), objs.indexOf({ k: 1 }), objs.includes(o));
