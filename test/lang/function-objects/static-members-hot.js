// Static members, Vector.with-style function properties, Base.call(this) in ES5
// constructors and inherited statics read in a hot loop (compiled named loads on functions).
class Strength {
  constructor(v) { this.v = v; }
  static get REQUIRED() { return Strength.required; }
}
Strength.required = new Strength(0);
Strength.weak = new Strength(6);
function Vector() {}
Vector.with = function (a, b) { return a + b; };
function Base(x) { this.x = x; }
function Derived(x) { Base.call(this, x); this.y = 1; }
class Sub extends Strength { static tag = 'sub'; }
function run(n) {
  let s = 0;
  for (let i = 0; i < n; i++) {
    s += Strength.required.v + Strength.weak.v + Vector.with(i, 1) + new Derived(i).x;
    s += Strength.REQUIRED.v + Sub.tag.length + Sub.required.v + Vector.name.length + Vector.length;
  }
  return s;
}
console.log(run(3000));
Vector.with = function (a, b) { return a * b; };
console.log(run(100));
Object.defineProperty(Vector, 'with', { get() { return (a, b) => a - b; } });
console.log(run(100));
Strength.required = new Strength(2);
console.log(run(100));
