// `super.x = v` in class methods: a setter found from the home object's prototype is
// called with `this`; otherwise `this` gets (or updates) an own data property — the
// prototype is never written. Compound assignment reads through super, writes the same way.
class Base {
  set tracked(v) { console.log('Base setter', v, this.constructor.name); this._tracked = v; }
  get tracked() { return this._tracked; }
  get onlyGetter() { return 'getter'; }
}
Base.prototype.plain = 'on the prototype';
class Derived extends Base {
  setAll() {
    super.tracked = 1;
    super.plain = 'own now';
    super.fresh = 'fresh';
    super.count = 10;
    super.count += 5;
    super.tracked += 1;
    return this;
  }
  arrow() { const set = (v) => { super.viaArrow = v; }; set('arrow'); return this.viaArrow; }
  static setStatic() { super.staticValue = 'on the class'; return Derived.staticValue; }
  readOnly() {
    try { super.onlyGetter = 1; return 'no error'; } catch (e) { return e.constructor.name; }
  }
}
const d = new Derived().setAll();
console.log(d, Base.prototype.plain, Object.keys(Base.prototype));
console.log(d.arrow(), Derived.setStatic(), Object.keys(Derived));
console.log(d.readOnly());
// The value of the assignment expression is the assigned value.
class Chain extends Base { m() { return [super.a = 1, super.b = super.a, super.c *= 2, this]; } }
console.log(new Chain().m());
