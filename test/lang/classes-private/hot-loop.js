// Private members in hot code (compiled, with shape guards like public fields), across
// several shapes at one site and with a deopt when a new shape shows up late.
class Vec {
  #x; #y;
  constructor(x, y) { this.#x = x; this.#y = y; }
  #dot(o) { return this.#x * o.#x + this.#y * o.#y; }
  get #len2() { return this.#dot(this); }
  add(o) { this.#x += o.#x; this.#y += o.#y; return this; }
  size() { return this.#len2; }
  static x(v) { return v.#x; }
}
class Vec3 extends Vec { z = 0; }
const acc = new Vec(0, 0);
let s = 0;
for (let i = 0; i < 5000; i++) {
  acc.add(new Vec(i % 7, 1));
  s += acc.size() % 1000;
}
console.log(Vec.x(acc), s);
for (let i = 0; i < 3000; i++) acc.add(i % 2 ? new Vec3(1, 1) : new Vec(2, 2));
console.log(Vec.x(acc), acc.size());
let late = 0;
for (let i = 0; i < 3000; i++) {
  try { late += Vec.x(i < 2990 ? acc : { x: 1 }); } catch (e) { late = e.message + ' after ' + late; break; }
}
console.log(late);
