// Getters and setters on classes used in hot loops (the JIT sees accessor
// calls), then a setter that rejects a value after the loop has become hot.
class Vec {
  constructor(x, y) {
    this._x = x;
    this._y = y;
  }
  get x() {
    return this._x;
  }
  set x(v) {
    if (v !== v) throw new RangeError("x is NaN");
    this._x = v;
  }
  get y() {
    return this._y;
  }
  get length2() {
    return this.x * this.x + this.y * this.y;
  }
}
class Vec3 extends Vec {
  constructor(x, y, z) {
    super(x, y);
    this.z = z;
  }
  get length2() {
    return super.length2 + this.z * this.z;
  }
}
const v = new Vec(1, 2);
let acc = 0;
for (let i = 0; i < 100000; i++) {
  v.x = i & 31;
  acc += v.length2;
}
console.log(acc);
const w = new Vec3(1, 2, 3);
let acc3 = 0;
for (let i = 0; i < 50000; i++) {
  w.x = i & 7;
  acc3 += w.length2;
}
console.log(acc3);
try {
  v.x = 0 / 0;
} catch (e) {
  console.log(e.name, e.message, v.x);
}
let rejected = 0;
for (let i = 0; i < 10000; i++) {
  try {
    w.x = i % 1000 === 0 ? NaN : i;
  } catch (e) {
    rejected++;
  }
}
console.log(rejected, w.x);
console.log("done");
