// A site that reads a property found on prototypes: a getter on one class and a plain
// method value on another (not cached together), and the same getter inherited by two
// classes (one cached getter).
class A {
  get v() { return 1; }
}
class B {
  get v() { return 2; }
}
class C extends A {}
class D {
  constructor() { this.k = 0; }
}
D.prototype.v = 5;
function read(o) {
  return o.v;
}
let s = 0;
const xs = [new A(), new B(), new C(), new D()];
for (let i = 0; i < 4000; i++) s += read(xs[i & 3]);
console.log(s);
let t = 0;
const ys = [new A(), new C()];
for (let i = 0; i < 4000; i++) t += read(ys[i & 1]);
console.log(t);
D.prototype.v = 9;
for (let i = 0; i < 40; i++) t += read(xs[3]);
console.log(t);
