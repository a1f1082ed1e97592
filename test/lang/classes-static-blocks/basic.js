// Static blocks run once, at class definition, in order with static fields; `this` is the
// class; each block has its own var scope; they may use private names of the class.
const log = [];
class Registry {
  static a = log.push('field a');
  static {
    log.push('block 1, a = ' + this.a);
    var local = 'block-local var';
    this.fromBlock = local;
  }
  static b = log.push('field b');
  static #secret = 'secret';
  static {
    log.push('block 2 sees ' + typeof local + ' and ' + Registry.#secret);
    let count = 0;
    for (const k of ['x', 'y']) { this[k] = ++count; }
    function helper() { return 'helper in block'; }
    log.push(helper());
  }
}
console.log(log);
console.log(Registry.fromBlock, Registry.x, Registry.y, typeof local);
console.log(Object.keys(Registry));
// The class binding is initialized before the static blocks run; the outer binding too.
class Self {
  static { console.log('inside', typeof Self, this === Self, this.name); }
}
// A block of a class expression, in a loop: runs once per evaluation.
for (let i = 0; i < 3; i++) {
  const C = class { static { this.i = i * 10; } };
  console.log(C.i);
}
// Arrow functions in a block capture the class as `this`.
class Deferred {
  static getters = [];
  static { this.getters.push(() => this.name); }
}
console.log(Deferred.getters.map((g) => g()));
// A block of a derived class sees static members inherited from the parent.
class Parent { static shared = 'from parent'; static hello() { return 'hello'; } }
class Child extends Parent {
  static { this.copied = this.shared + ' / ' + super.hello(); }
}
console.log(Child.copied);
