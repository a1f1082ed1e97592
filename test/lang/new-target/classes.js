// new.target in class constructors: the class `new` was applied to, also while a base
// constructor runs through super(); undefined in methods, accessors, field initializers
// and static blocks.
class Base {
  constructor() {
    this.created = new.target.name;
    this.isBase = new.target === Base;
    const arrow = () => new.target.name;
    this.arrowSees = arrow();
  }
  method() { return new.target; }
  get getter() { return new.target; }
  field = typeof new.target;
  static staticField = typeof new.target;
  static { this.inBlock = typeof new.target; }
}
class Middle extends Base {}
class Leaf extends Middle {
  constructor() { super(); this.leafSees = new.target === Leaf; }
}
console.log(new Base(), new Middle(), new Leaf());
const b = new Base();
console.log(b.method(), b.getter, Base.staticField, Base.inBlock);
// Abstract base classes: refuse direct construction.
class Abstract {
  constructor() {
    if (new.target === Abstract) throw new TypeError('Abstract is abstract');
    this.kind = new.target.name.toLowerCase();
  }
}
class Concrete extends Abstract {}
try { new Abstract(); } catch (e) { console.log(e.message); }
console.log(new Concrete().kind);
// Factories keyed by new.target.
class Animal {
  static count = new Map();
  constructor() { Animal.count.set(new.target.name, (Animal.count.get(new.target.name) ?? 0) + 1); }
}
class Cat extends Animal {}
class Dog extends Animal {}
for (let i = 0; i < 3000; i++) { new Cat(); if (i % 3 === 0) new Dog(); }
console.log(Animal.count);
