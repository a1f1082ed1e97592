// super(...) at hot sites: plain arguments, spread arguments (the array is added to after
// its literal), a chain of three classes, a parent that is a plain constructor function.
class A {
  constructor(x, y) {
    this.x = x;
    this.y = y === undefined ? -1 : y;
  }
}
class B extends A {
  constructor(x) {
    super(x, x + 1);
    this.b = 1;
  }
}
class C extends B {
  constructor(x, ...rest) {
    super(x);
    this.c = rest.length;
  }
}
class D extends A {
  constructor(...args) {
    super(...args);
  }
}
class E extends A {
  constructor(x) {
    super(x, ...[1, 2]);
  }
}
function F(v) {
  this.v = v;
}
class G extends F {
  constructor(v) {
    super(v * 2);
  }
}
let s = 0;
for (let i = 0; i < 3000; i++) {
  const c = new C(i, 1, 2);
  const d = new D(i, 2);
  const e = new E(i);
  const g = new G(i);
  s += c.x + c.y + c.b + c.c + d.x + d.y + e.y + g.v;
}
console.log(s);
const last = new C(5, 1);
console.log(JSON.stringify(last), last instanceof A, last instanceof B);
