// Frames are named as V8 names them: plain functions, methods as Type.name (with [as key]
// when reached through another key), constructors as `new F`, getters as `get g [as g]`,
// anonymous functions by location only, natives as `Array.map (<anonymous>)`.
function lines(e, n) {
  return e.stack.split('\n').slice(1, 1 + n).map((l) => l.trim()).join(' | ');
}
function plain() { return new Error('plain'); }
console.log(lines(plain(), 2));
const obj = { method() { return new Error('method'); }, arrow: () => new Error('arrow') };
console.log(lines(obj.method(), 2));
console.log(lines(obj.arrow(), 2));
obj.alias = function named() { return new Error('alias'); };
console.log(lines(obj.alias(), 2));
class Shape {
  constructor(kind) { this.kind = kind; this.made = new Error('ctor'); }
  area() { return new Error('area'); }
  static create() { return new Error('static'); }
  get bad() { return new Error('getter'); }
}
class Circle extends Shape {
  constructor() { super('circle'); }
  radius() { return new Error('radius'); }
}
const s = new Shape('square');
console.log(lines(s.made, 2));
console.log(lines(s.area(), 2));
console.log(lines(Shape.create(), 2));
console.log(lines(s.bad, 1));
const c = new Circle();
console.log(lines(c.made, 3));
console.log(lines(c.area(), 2));
console.log(lines(c.radius(), 2));
function Legacy() { this.e = new Error('legacy'); }
Legacy.prototype.m = function () { return new Error('proto method'); };
console.log(lines(new Legacy().e, 2));
console.log(lines(new Legacy().m(), 2));
const anonymous = (() => () => new Error('anon'))();
console.log(lines(anonymous(), 2));
console.log(lines([1].map(function mapper() { return new Error('in map'); })[0], 3));
let caught;
[3, 1, 2].forEach((x) => { if (x === 1) caught = new Error('in forEach'); });
console.log(lines(caught, 3));
try { [].reduce((a, b) => a + b); } catch (e) { console.log(e.message, '|', lines(e, 2)); }
