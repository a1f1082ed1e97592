// A constructor that validates its arguments and throws: `new` produces no
// object, the target variable is not assigned, and earlier side effects of the
// constructor stay visible.
let created = 0;
class Range {
  constructor(lo, hi) {
    created++;
    if (typeof lo !== "number" || typeof hi !== "number") throw new TypeError("bounds must be numbers");
    if (lo > hi) throw new RangeError("empty range " + lo + ".." + hi);
    this.lo = lo;
    this.hi = hi;
  }
  size() {
    return this.hi - this.lo;
  }
}
const inputs = [[1, 5], [5, 1], ["a", 2], [0, 0], [-3, 3]];
const ok = [];
for (const [lo, hi] of inputs) {
  let r = "not assigned";
  try {
    r = new Range(lo, hi);
    ok.push(r.size());
  } catch (e) {
    console.log(e.name, e.message, r);
  }
}
console.log(ok.join(","), "created", created);
class Base {
  constructor(v) {
    if (v < 0) throw "negative base";
    this.v = v;
  }
}
class Derived extends Base {
  constructor(v) {
    super(v);
    if (v > 100) throw "too large derived";
    this.double = v * 2;
  }
}
for (const v of [1, -1, 500, 50]) {
  try {
    const d = new Derived(v);
    console.log("made", d.v, d.double);
  } catch (e) {
    console.log("failed", e);
  }
}
console.log("done");
