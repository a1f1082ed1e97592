// Errors around construction at hot sites: a class called without new, super() twice,
// `this` before super(), `new` of a non-constructor, after many successful calls.
class A {
  constructor(x) { this.x = x; }
}
class Twice extends A {
  constructor(x, twice) {
    super(x);
    if (twice) super(x);
  }
}
class Early extends A {
  constructor(x, early) {
    if (early) this.y = 1;
    super(x);
  }
}
function attempt(label, f) {
  try {
    f();
  } catch (e) {
    console.log(label, e.constructor.name + ": " + e.message);
  }
}
for (let i = 0; i < 3000; i++) {
  new Twice(i, false);
  new Early(i, false);
}
attempt("twice", () => new Twice(1, true));
attempt("early", () => new Early(1, true));
attempt("call", () => A(1));
const arrow = () => 1;
attempt("arrow", () => new arrow());
let count = 0;
function maybe(C) {
  return new C(1);
}
for (let i = 0; i < 3000; i++) count += maybe(A).x;
attempt("not ctor", () => maybe(arrow));
attempt("class method", () => maybe(new A(1).constructor.prototype.constructor === A ? (() => 0) : A));
console.log(count);
