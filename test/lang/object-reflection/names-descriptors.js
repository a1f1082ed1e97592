// getOwnPropertyNames / getOwnPropertyDescriptor(s) on every kind of value, in the spec's
// key order: integer keys ascending, then strings in insertion order.
const o = { b: 1, 10: 'ten', a: 2, 2: 'two' };
Object.defineProperty(o, 'hidden', { value: 3 });
console.log(Object.getOwnPropertyNames(o), Object.keys(o));
for (const k in o) console.log('for-in', k);
console.log(JSON.stringify(o), Object.entries(o), Object.values(o));
console.log(Object.getOwnPropertyDescriptors(Object.defineProperty({ x: 1 }, 'y', { get: function yGetter() { return 2; } })));
console.log(Object.getOwnPropertyNames([1, , 3]), Object.getOwnPropertyDescriptor([5], 0), Object.getOwnPropertyDescriptor([5], 'length'));
console.log(Object.getOwnPropertyNames('ab'), Object.getOwnPropertyDescriptor('ab', 1), Object.getOwnPropertyDescriptor('ab', 'length'));
console.log(Object.getOwnPropertyNames(5), Object.getOwnPropertyDescriptor(5, 'x'));
try { Object.getOwnPropertyNames(undefined); } catch (e) { console.log(e.message); }
console.log(Object.getOwnPropertyNames(Object.create({ inherited: 1 })));
class A { constructor() { this.z = 1; this.y = 2; } m() {} }
console.log(Object.getOwnPropertyNames(new A()), Object.getOwnPropertyNames(A.prototype));
console.log(Object.assign({}, o));
