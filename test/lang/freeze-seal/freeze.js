// Object.freeze / seal / preventExtensions and their tests, on plain objects, class
// instances, functions and primitives.
const o = { a: 1, get g() { return 2; }, nested: { x: 1 } };
console.log(Object.isFrozen(o), Object.isSealed(o), Object.isExtensible(o));
console.log(Object.freeze(o) === o, Object.isFrozen(o), Object.isSealed(o), Object.isExtensible(o));
o.a = 5; o.b = 6; o.nested.x = 2; delete o.a;
console.log(o, o.g, Object.getOwnPropertyDescriptor(o, 'g').configurable, Object.getOwnPropertyDescriptor(o, 'a'));
const s = Object.seal({ p: 1 });
s.p = 2; s.q = 3; delete s.p;
console.log(s, Object.isSealed(s), Object.isFrozen(s), Object.getOwnPropertyDescriptor(s, 'p'));
const e = Object.preventExtensions({ r: 1 });
e.r = 2; e.z = 1; delete e.r;
console.log(e, Object.isExtensible(e), Object.isSealed(e), Object.isFrozen(e));
// An empty non-extensible object is sealed and frozen.
const empty = Object.preventExtensions({});
console.log(Object.isSealed(empty), Object.isFrozen(empty));
// Sealing then making every property read-only is frozen.
const sr = Object.seal({ k: 1 });
Object.defineProperty(sr, 'k', { writable: false });
console.log(Object.isFrozen(sr));
// Primitives.
console.log(Object.freeze(1), Object.freeze('s'), Object.isFrozen(1), Object.isSealed('x'), Object.isExtensible(true));
console.log(Object.preventExtensions(null), Object.seal(undefined));
// Functions.
function f() {}
f.k = 1;
Object.freeze(f);
f.k = 2; f.m = 3;
console.log(f.k, f.m, Object.isFrozen(f), f.name, f.length);
// A frozen class instance still calls its methods.
class P { constructor(x) { this.x = x; } get double() { return this.x * 2; } }
const fp = Object.freeze(new P(4));
console.log(fp.double, fp instanceof P, Object.isFrozen(fp));
