// super.key in hot methods, through the site's inline cache: methods and getters (called on
// the receiver, not the home object), a property absent from the chain, the parent's
// method replaced after the code was compiled, a home object whose prototype changes,
// one method body instantiated by a class factory over different bases (several home
// shapes), object-literal methods, static methods (home is a function) and a primitive
// receiver (the generic path).
'use strict';
class Base {
  constructor(n) { this.n = n; }
  describe() { return `Base(${this.n})`; }
  get doubled() { return this.n * 2; }
  static make() { return 'Base.make'; }
}
class Derived extends Base {
  describe() { return 'Derived<' + super.describe() + '>'; }
  get doubled() { return super.doubled + 1; }
  missing() { return super.nothingHere; }
  static make() { return 'Derived:' + super.make(); }
}
const d = new Derived(3);
let out = [];
for (let i = 0; i < 3000; i++) out = [d.describe(), d.doubled, d.missing(), Derived.make()];
console.log(out.join(' | '));

// The parent's method replaced after compilation: the next call sees the new one.
Base.prototype.describe = function () { return `New(${this.n})`; };
for (let i = 0; i < 10; i++) out = [d.describe()];
console.log(out.join(' | '));
Object.defineProperty(Base.prototype, 'doubled', { get() { return -this.n; }, configurable: true });
console.log(d.doubled);
Base.prototype.nothingHere = 'now here';
console.log(d.missing());

// One method body over several bases.
function withTag(Parent, tag) {
  return class extends Parent {
    label() { return tag + ':' + super.label(); }
  };
}
class A { label() { return 'A'; } }
class B { label() { return 'B'; } }
class C { get label() { return () => 'C-getter'; } }
const made = [withTag(A, 'x'), withTag(B, 'y'), withTag(A, 'z'), withTag(withTag(B, 'inner'), 'outer')];
let labels;
for (let i = 0; i < 2000; i++) labels = made.map((K) => new K().label());
console.log(labels.join(' '));
const viaGetter = withTag(C, 'g');
console.log(new viaGetter().label());

// Object literals: the home object is the literal; its prototype may change.
const proto1 = { greet() { return 'hi from proto1 ' + this.name; } };
const proto2 = { greet() { return 'hello from proto2 ' + this.name; } };
const obj = { name: 'obj', greet() { return '[' + super.greet() + ']'; } };
Object.setPrototypeOf(obj, proto1);
let g;
for (let i = 0; i < 2000; i++) g = obj.greet();
console.log(g);
Object.setPrototypeOf(obj, proto2);
console.log(obj.greet());
Object.setPrototypeOf(obj, null);
try { obj.greet(); } catch (e) { console.log(e.constructor.name, e.message); }

// A primitive receiver.
class Num { show() { return typeof this + ' ' + String(this); } }
class Num2 extends Num { show() { return 'N2 ' + super.show(); } }
for (let i = 0; i < 2000; i++) g = Num2.prototype.show.call(i % 3 ? 7 : 'seven');
console.log(g, Num2.prototype.show.call(true));

// super.x += 1 and super.x++ (a read then a write on the receiver).
class Counter { get step() { return 2; } }
class Stepper extends Counter {
  bump() { this.total = (this.total || 0) + super.step; return this.total; }
}
const st = new Stepper();
for (let i = 0; i < 3000; i++) st.bump();
console.log(st.total, Object.keys(st).join(','));
