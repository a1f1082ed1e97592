// Compiled stores that add properties past an object's initial slots grow its store inline;
// when the allocation area is used up or a collection is due, the runtime grows it instead
// (no deopt). Many such objects, most dying young, some kept, so collections happen while
// hot code is adding properties; every kept object is checked afterwards.
function build(i) {
  const o = {};
  o.a = i;
  o.b = i + 1;
  o.c = i + 2;
  o.d = i + 3;
  o.e = i + 4;
  o.f = i + 5;
  o.g = i + 6;
  o.h = i + 7;
  o.k = i + 8;
  o.m = i + 9;
  return o;
}

class Point {
  constructor(x) {
    this.x = x;
  }
  extend(n) {
    this.y = n;
    this.z = n * 2;
    this.w = n * 3;
    this.v = n * 4;
    this.u = n * 5;
    return this;
  }
}

const kept = [];
let sum = 0;
for (let i = 0; i < 60000; i++) {
  const o = build(i);
  sum += o.m - o.a;
  const p = new Point(i).extend(i % 7);
  sum += p.u - p.y;
  if (i % 1000 === 0) kept.push(o, p);
}
let check = 0;
for (let j = 0; j < kept.length; j += 2) {
  const o = kept[j];
  const p = kept[j + 1];
  check += o.a + o.b + o.c + o.d + o.e + o.f + o.g + o.h + o.k + o.m + p.x + p.y + p.z + p.w + p.v + p.u;
}
console.log(sum, check, kept.length, Object.keys(kept[2]).join(','), Object.keys(kept[3]).join(','));
