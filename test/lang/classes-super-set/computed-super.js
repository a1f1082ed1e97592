// super[expr]: reads, calls (with this), writes and compound writes, symbol keys, static
// methods and object-literal methods; the receiver before the key, as the spec orders them.
class Base { greet() { return 'base greet'; } get v() { return 'base v ' + this.tag; } static s() { return 'static'; } [Symbol.iterator]() { return [1, 2][Symbol.iterator](); } }
class Child extends Base {
  constructor() { super(); this.tag = 'child'; }
  call(name) { return super[name](); }
  read(k) { return super[k]; }
  write(k, v) { super[k] = v; return this[k]; }
  add(k) { super[k] += '!'; return this[k]; }
  *[Symbol.iterator]() { yield* super[Symbol.iterator](); yield 3; }
  static ss(n) { return super[n](); }
  order() { let log = []; super[(log.push('key'), 'greet')]; return log; }
}
const c = new Child();
console.log(c.call('greet'), c.read('v'), c.read('missing'), c.write('x', 5), c.add('greet'), [...c], Child.ss('s'), c.order());
const o = { __proto__: { hi() { return 'proto hi'; } }, hi() { return 'own ' + super['h' + 'i'](); } };
console.log(o.hi());
for (let i = 0; i < 300; i++) c.call('greet');
console.log(c.call(String('greet')));
try { c.call('nope'); } catch (e) { console.log(e.constructor.name, e.message); }
