// Misusing classes raises TypeErrors and ReferenceErrors with node's messages:
// calling a class without new, `new` on a non-constructor, using `this` before
// super() in a derived constructor, and a method called without its receiver.
class Plain {
  constructor() {
    this.v = 1;
  }
  read() {
    return this.v;
  }
}
class Derived extends Plain {
  constructor(early) {
    if (early) this.v = 2;
    super();
  }
}
function attempt(label, f) {
  try {
    console.log(label, "->", f());
  } catch (e) {
    console.log(label, e.name, "|", e.message);
  }
}
attempt("call class", () => Plain());
attempt("new class", () => new Plain().v);
attempt("this before super", () => new Derived(true).v);
attempt("super first", () => new Derived(false).v);
attempt("new on number", () => {
  const n = 3;
  return new n();
});
attempt("new on arrow", () => {
  const f = () => 1;
  return new f();
});
attempt("detached method", () => {
  const p = new Plain();
  const read = p.read;
  return read();
});
attempt("bound via object", () => {
  const p = new Plain();
  const holder = { read: p.read, v: 42 };
  return holder.read();
});
console.log("done");
