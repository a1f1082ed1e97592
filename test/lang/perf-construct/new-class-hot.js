// `new C(...)` at hot sites: a base class, a derived class with fields, and the class being
// constructed seen by a base constructor through super() (this.constructor); the objects
// must have the right prototype, fields and methods in every tier.
class Point {
  constructor(x, y) {
    this.x = x;
    this.y = y;
    this.kind = this.constructor.name;
  }
  sum() { return this.x + this.y; }
}
class Point3 extends Point {
  z = 7;
  constructor(x, y, z) {
    super(x, y);
    this.z += z;
  }
  sum() { return super.sum() + this.z; }
}
class Tagged extends Point3 {
  tag = "t";
}
function make(i) {
  return i % 3 === 0 ? new Point(i, 1) : i % 3 === 1 ? new Point3(i, 2, 3) : new Tagged(i, 3, 4);
}
let total = 0;
const kinds = {};
for (let i = 0; i < 3000; i++) {
  const p = make(i);
  total += p.sum();
  kinds[p.kind] = (kinds[p.kind] || 0) + 1;
}
console.log(total, JSON.stringify(kinds));
const t = new Tagged(1, 2, 3);
console.log(t instanceof Tagged, t instanceof Point3, t instanceof Point, Object.getPrototypeOf(t) === Tagged.prototype);
console.log(Object.keys(t).join(","), t.tag, t.z, t.sum());
function same(C) {
  return new C(1, 2, 3);
}
// One site, several classes (the site's target changes).
let s = 0;
for (let i = 0; i < 2000; i++) s += same(i < 1000 ? Point : i < 1500 ? Point3 : Tagged).sum();
console.log(s);
