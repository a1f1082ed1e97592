// new.target in ordinary functions: the function itself under `new`, undefined in a plain
// call or a method call; arrows see the enclosing function's.
function Shape(kind) {
  if (!new.target) return new Shape(kind + ' (made with new)');
  this.kind = kind;
  this.target = new.target === Shape;
  const arrow = () => new.target;
  this.fromArrow = arrow() === Shape;
}
console.log(Shape('circle'));
console.log(new Shape('square'));
function report() { return typeof new.target; }
const holder = { report };
console.log(report(), holder.report(), typeof new report());
function Outer() {
  function inner() { return new.target === undefined; }
  const arrows = () => () => new.target === Outer;
  return { inner: inner(), nested: arrows()(), innerNew: new inner() instanceof inner };
}
console.log(new Outer(), Outer());
// The value is the function `new` was applied to, also when the function returns an object.
function Factory() { return { made: new.target === Factory }; }
console.log(new Factory(), Factory());
// Functions that do not read new.target, called between, do not disturb it.
function Quiet() { this.q = 1; }
function Loud() { new Quiet(); const q = Quiet; q.call === undefined || 0; this.saw = new.target === Loud; }
console.log(new Loud());
// Many constructions in a loop (compiled code).
let count = 0;
function Counted() { if (new.target === Counted) count++; }
for (let i = 0; i < 5000; i++) { new Counted(); Counted(); }
console.log(count);
// At the top level of a CommonJS module (a function), new.target is undefined.
console.log(new.target);
