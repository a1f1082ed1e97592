// `new F()` of ordinary (ES5-style) constructor functions in hot code: `this` allocated with
// F.prototype, F called with it, an object result replacing `this` and a primitive one not;
// a changed F.prototype, closures of one function with their own prototypes, new.target,
// errors thrown from the constructor, and what is not a constructor.
function Point(x, y) {
  this.x = x;
  this.y = y;
}
Point.prototype.sum = function () {
  return this.x + this.y;
};
function Boxed(v) {
  this.v = v;
  if (v % 3 === 0) return { replaced: v };
  if (v % 3 === 1) return 'a primitive is ignored';
}
function Counter() {
  if (!new.target) return new Counter();
  this.made = true;
}
function make(i) {
  const p = new Point(i, 2);
  const b = new Boxed(i);
  return p.sum() + (b.replaced !== undefined ? 1000 : b.v) + (p instanceof Point ? 1 : 0);
}
let total = 0;
for (let i = 0; i < 3000; i++) total += make(i);
console.log(total, new Counter().made, Counter().made, Object.getPrototypeOf(new Point(1, 2)) === Point.prototype);

Point.prototype = { sum() { return -1; } };
let after = 0;
for (let i = 0; i < 100; i++) after += make(i);
console.log(after, new Point(1, 1).sum(), new Point(1, 1) instanceof Point);
Point.prototype = 42;
const plain = new Point(3, 4);
console.log(Object.getPrototypeOf(plain) === Object.prototype, plain.x);

function classFactory(tag) {
  function Made(n) {
    this.n = n;
  }
  Made.prototype.tag = function () {
    return tag + this.n;
  };
  return Made;
}
const A = classFactory('a');
const B = classFactory('b');
let tags = '';
for (let i = 0; i < 400; i++) {
  const C = i % 2 ? A : B;
  const o = new C(i % 10);
  if (i >= 396) tags += o.tag() + (o instanceof C) + (o instanceof A) + ' ';
}
console.log(tags);

function Strict(v) {
  'use strict';
  if (v < 0) throw new RangeError('negative: ' + v);
  this.v = v;
}
let caught = 0;
for (let i = 0; i < 500; i++) {
  try {
    new Strict(i % 7 === 0 ? -i : i);
  } catch (e) {
    caught += e instanceof RangeError ? 1 : 0;
  }
}
console.log(caught);
function* gen() {}
const arrow = () => {};
for (const f of [gen, arrow, Math.max]) {
  try {
    new f();
  } catch (e) {
    console.log(e.constructor.name, e.message);
  }
}
