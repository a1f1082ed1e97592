// Instance field initializers: evaluation order relative to the base
// constructor and the derived constructor body, fields that depend on
// earlier fields, and an initializer that throws.
const order = [];
class A {
  a = (order.push("A.a"), 1);
  b = (order.push("A.b"), this.a + 1);
  constructor() {
    order.push("A.ctor a=" + this.a + " b=" + this.b);
  }
}
class B extends A {
  c = (order.push("B.c"), this.b * 10);
  d;
  constructor() {
    order.push("B.ctor before super");
    super();
    order.push("B.ctor after super c=" + this.c + " d=" + this.d);
  }
}
const b = new B();
console.log(order.join(" > "));
console.log(b.a, b.b, b.c, b.d, Object.keys(b).join(","));
let allow = true;
class Guarded {
  token = Guarded.issue();
  static issue() {
    if (!allow) throw new Error("no more tokens");
    return "tok";
  }
}
console.log(new Guarded().token);
allow = false;
try {
  new Guarded();
} catch (e) {
  console.log("initializer threw:", e.message);
}
class Counter {
  count = 0;
  items = [];
  add(x) {
    this.items.push(x);
    this.count++;
    return this;
  }
}
const c1 = new Counter().add(1).add(2);
const c2 = new Counter().add(3);
console.log(c1.count, c2.count, c1.items, c2.items, c1.items !== c2.items);
console.log("done");
