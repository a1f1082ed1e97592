// `new C(...)` of classes whose constructors only forward to their parents (implicit
// derived constructors, compiled as a call of the parent with C as new.target), through
// one and two levels, then with the parent swapped, a field added in a subclass, and
// a parent that returns another object.
class Entry { constructor(hash, key, value) { this.hash = hash; this.key = key; this.value = value; } get sum() { return this.hash + this.value; } }
class IdEntry extends Entry {}
class Deeper extends IdEntry {}
class WithField extends Entry { extra = 1; }
function make(n) {
  let s = 0;
  for (let i = 0; i < n; i++) {
    const a = new IdEntry(i, 'k', 2);
    const b = new Deeper(i, 'd', 3);
    const c = new WithField(i, 'w', 4);
    s += a.sum + b.sum + c.extra + (a instanceof IdEntry) + (b instanceof Deeper) + (Object.getPrototypeOf(b) === Deeper.prototype);
  }
  return s;
}
console.log(make(3000));
class Other { constructor(h) { this.hash = h * 100; this.value = 0; } get sum() { return this.hash; } }
Object.setPrototypeOf(IdEntry, Other);
console.log(make(10), new Deeper(1).hash, new IdEntry(2).key);
class Weird { constructor() { return { hash: -1, value: -1, get sum() { return 'override'; } }; } }
class FromWeird extends Weird {}
function weird(n) { let r; for (let i = 0; i < n; i++) r = new FromWeird(i); return [r.sum, r instanceof FromWeird]; }
console.log(weird(2000));
class Counter { static made = 0; constructor() { Counter.made++; } }
class Sub extends Counter {}
for (let i = 0; i < 2000; i++) new Sub();
console.log(Counter.made);
try { class Bad extends Entry {} ; Object.setPrototypeOf(Bad, null); new Bad(); } catch (e) { console.log(e.name); }
