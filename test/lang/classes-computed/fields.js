// Computed field keys are evaluated once per class definition; every instance gets fields
// with those keys, initializers run per instance, in order, with `this` the instance.
let evaluated = 0;
const names = ['alpha', 'beta'];
class Record {
  [names[evaluated++]] = 1;
  [names[evaluated++]] = this.alpha + 1;
  ['gam' + 'ma'] = () => this.alpha + this.beta;
  static ['default' + 'Name'] = 'record';
}
const r1 = new Record();
const r2 = new Record();
console.log(evaluated, r1, r2.gamma(), Record.defaultName);
// A field defines an own property: it shadows an accessor of the base class instead of
// calling its setter.
class Base {
  get value() { return 'base getter'; }
  set value(v) { console.log('base setter called with', v); }
}
class Derived extends Base {
  ['val' + 'ue'] = 'own field';
}
class Assigns extends Base {
  constructor() { super(); this.value = 'assigned'; }
}
const d = new Derived();
console.log(d.value, Object.keys(d));
const a = new Assigns();
console.log(a.value, Object.keys(a));
// A class expression defined in a loop evaluates its keys again each time.
const made = [];
for (let i = 0; i < 3; i++) {
  const C = class { ['k' + i] = i; static ['s' + i]() { return i; } };
  made.push(new C(), C['s' + i]());
}
console.log(made);
