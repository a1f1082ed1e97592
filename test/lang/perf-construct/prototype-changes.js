// A class's `prototype` property replaced between constructions (with another object, then
// a primitive: instances then get Object.prototype), and a constructor function (not a
// class) at a hot `new` site.
function Legacy(v) {
  this.v = v;
}
Legacy.prototype.get = function () { return this.v; };
class Modern {
  constructor(v) { this.v = v; }
  get() { return this.v * 10; }
}
function build(C, v) {
  return new C(v);
}
let s = 0;
for (let i = 0; i < 2000; i++) s += build(i & 1 ? Legacy : Modern, i).get();
console.log(s);
function F(v) { this.v = v; }
const protoA = { get() { return "A" + this.v; } };
const protoB = { get() { return "B" + this.v; } };
F.prototype = protoA;
let out = "";
for (let i = 0; i < 3000; i++) {
  if (i === 1500) F.prototype = protoB;
  const o = new F(i);
  if (i % 500 === 0) out += o.get() + " ";
}
console.log(out);
F.prototype = 42;
const plain = new F(1);
console.log(Object.getPrototypeOf(plain) === Object.getPrototypeOf({}), plain.v);
class Box {
  constructor(v) { this.v = v; }
}
// A class's prototype property cannot be replaced: assignment is ignored (sloppy mode).
let n = 0;
for (let i = 0; i < 3000; i++) {
  const b = new Box(i);
  n += b instanceof Box ? 1 : 0;
  if (i === 1500) Box.prototype.extra = function () { return this.v + 1; };
}
console.log(n, new Box(2).extra());
