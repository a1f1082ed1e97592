// Class expressions created by a factory function capture its parameters in
// their methods; each call makes a distinct class, so instanceof tells the
// products apart, and one factory-made class throws from a method.
function makeCounterClass(step, limit) {
  return class {
    constructor() {
      this.n = 0;
    }
    tick() {
      this.n += step;
      if (this.n > limit) throw new RangeError("limit " + limit + " passed: " + this.n);
      return this.n;
    }
  };
}
const By2 = makeCounterClass(2, 10);
const By5 = makeCounterClass(5, 12);
const a = new By2();
const b = new By5();
const out = [];
for (let i = 0; i < 6; i++) {
  try {
    out.push(a.tick() + "/" + b.tick());
  } catch (e) {
    out.push(e.message);
  }
}
console.log(out.join(" ; "));
console.log(a instanceof By2, a instanceof By5, b instanceof By5);
const Named = class Point {
  constructor(x) {
    this.x = x;
  }
  clone() {
    return new Point(this.x + 1);
  }
};
const p = new Named(1).clone().clone();
console.log(p.x, p instanceof Named, Named.name);
const classes = [];
for (let i = 0; i < 3; i++) classes.push(makeCounterClass(i + 1, 100));
console.log(classes.map((K) => new K().tick()).join(","), classes[0] !== classes[1]);
console.log("done");
