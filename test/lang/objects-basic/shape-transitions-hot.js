// A hot constructor-like function that adds properties to a fresh object in
// an order that depends on its argument (so objects with the same keys get
// different hidden shapes), plus conditional extra properties; a reader
// function then sees all of these shapes at one property-load site.
function make(i) {
  const o = {};
  if (i % 3 === 0) {
    o.a = i;
    o.b = i * 2;
  } else if (i % 3 === 1) {
    o.b = i * 2;
    o.a = i;
  } else {
    o.c = -1;
    o.a = i;
    o.b = i * 2;
  }
  if (i % 4 === 0) o.d = "d" + i;
  if (i % 7 === 0) o["k" + (i % 5)] = true;
  return o;
}
function readAB(o) {
  return o.a * 3 + o.b;
}
function readD(o) {
  return o.d === undefined ? 0 : o.d.length;
}
let s = 0;
let dl = 0;
for (let i = 0; i < 6000; i++) {
  const o = make(i);
  s += readAB(o);
  dl += readD(o);
}
console.log(s, dl);
for (let i = 0; i < 8; i++) console.log(i, make(i), Object.keys(make(i)).join(""));
console.log(make(28), make(35));
const fixed = { a: 1, b: 2 };
for (let i = 0; i < 10; i++) fixed["extra" + i] = i;
console.log(readAB(fixed), Object.keys(fixed).length);
delete fixed.a;
console.log(readAB(fixed), fixed.a, "a" in fixed);
fixed.a = 100;
console.log(readAB(fixed), Object.keys(fixed).slice(-2));
