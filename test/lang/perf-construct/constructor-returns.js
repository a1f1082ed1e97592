// Constructors that return something other than `this`: an object replaces the instance, a
// primitive is ignored (base class), a derived class returning a primitive throws.
class Replaced {
  constructor(i) {
    this.i = i;
    if (i % 2 === 0) return { replaced: i };
  }
}
class Ignored {
  constructor(i) {
    this.i = i;
    return 5;
  }
}
class Derived extends Replaced {
  constructor(i) {
    super(i);
    this.d = true;
  }
}
class BadDerived extends Ignored {
  constructor(i, bad) {
    super(i);
    if (bad) return 3;
  }
}
let a = 0;
let b = 0;
let c = 0;
for (let i = 0; i < 2000; i++) {
  const r = new Replaced(i);
  a += r.replaced !== undefined ? 1 : r.i;
  b += new Ignored(i).i;
  const d = new Derived(i);
  c += d.d ? 1 : 0;
}
console.log(a, b, c);
let errors = 0;
for (let i = 0; i < 2000; i++) {
  try {
    new BadDerived(i, i % 500 === 499);
  } catch (e) {
    errors++;
    if (errors === 1) console.log(e.constructor.name, e.message);
  }
}
console.log(errors);
