// Constructors and literals-by-assignment that add more properties than a new object has
// room for (its slots store grows in compiled code, or in the interpreter when the
// allocation area is full), with many objects alive so collections happen in between.
class Wide {
  constructor(i) {
    this.a = i;
    this.b = i + 1;
    this.c = i + 2;
    this.d = i + 3;
    this.e = i + 4;
    this.f = "f" + i;
    this.g = i * 0.5;
    this.h = null;
    this.i = { n: i };
  }
  sum() {
    return this.a + this.b + this.c + this.d + this.e + this.f.length + this.g + this.i.n;
  }
}
function grow(o, n) {
  for (let k = 0; k < n; k++) o["p" + k] = k;
  return o;
}
const keep = [];
let total = 0;
for (let i = 0; i < 20000; i++) {
  const w = new Wide(i);
  total += w.sum();
  if (i % 10 === 0) keep.push(w);
}
let check = 0;
for (const w of keep) check += w.sum() + (w.h === null ? 1 : 0);
console.log(total, check, keep.length, Object.keys(keep[3]).join(","));
let g = 0;
for (let i = 0; i < 500; i++) g += Object.keys(grow({ x: 1 }, i % 20)).length;
console.log(g);
