// Property read, overwrite and add, including reading a missing property
// (undefined), adding properties to an existing object in a loop (shape
// changes while the object is in use) and dot vs bracket access.
const p = { x: 1, y: 2 };
console.log(p.x, p.y, p.z, p["x"], p["z"]);
p.x = 10;
p.z = 30;
p["w"] = 40;
console.log(p, p.z + p.w);
function bump(o) {
  o.count = (o.count || 0) + 1;
  return o.count;
}
const q = {};
let total = 0;
for (let i = 0; i < 5000; i++) total += bump(q);
console.log(total, q);
const grow = {};
for (let i = 0; i < 20; i++) grow["p" + i] = i;
let sum = 0;
for (let i = 0; i < 20; i++) sum += grow["p" + i];
console.log(sum, Object.keys(grow).length, grow.p19, grow.p20);
function getX(o) {
  return o.x;
}
let s = 0;
for (let i = 0; i < 4000; i++) s += getX(i % 2 ? p : { x: i });
console.log(s);
