// Sort places undefined after all values and holes after the undefineds,
// whatever the comparator (the comparator never sees undefined). Length is
// unchanged; the holes end up at the end as holes.
const a = [3, undefined, 1, , 2, undefined, , 0];
a.sort();
console.log(a, a.length, 6 in a, 5 in a);
const b = [3, undefined, 1, , 2];
let sawUndef = false;
b.sort((x, y) => {
  if (x === undefined || y === undefined) sawUndef = true;
  return y - x;
});
console.log(b, sawUndef);
const c = ["b", , "a", undefined, "c"];
console.log(c.sort(), c.length);
const d = new Array(5);
d[1] = 9;
d[3] = 4;
console.log(d.sort(), d.sort((x, y) => x - y));
const e = [5, , 1, undefined, 4, , 2];
for (let i = 0; i < e.length; i++) console.log(i, i in e, e[i]);
const sorted = e.slice().sort((x, y) => x - y);
for (let i = 0; i < sorted.length; i++) console.log("sorted", i, i in sorted, sorted[i]);
