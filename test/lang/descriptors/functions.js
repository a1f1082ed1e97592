// Functions' own properties: length, name and prototype have their spec attributes, and
// every path (reads, writes, delete, descriptors, key lists) agrees on them.
function f(a, b, c = 1) {}
const show = (fn, k) => { const d = Object.getOwnPropertyDescriptor(fn, k); return Object.keys(d).map((x) => x + ':' + (typeof d[x] === 'function' ? 'fn' : typeof d[x] === 'object' ? 'obj' : d[x])).join(' '); };
console.log(show(f, 'length'), show(f, 'name'));
console.log(Object.getOwnPropertyDescriptor(f, 'prototype').writable, Object.getOwnPropertyDescriptor(f, 'prototype').configurable);
const arrow = (x) => x;
console.log(Object.getOwnPropertyNames(arrow), arrow.hasOwnProperty('prototype'));
class K { static m() {} }
console.log(Object.getOwnPropertyNames(K), show(K, 'prototype'), show(K, 'm'));
f.length = 10;
console.log(f.length);
console.log(delete f.length, f.length, f.hasOwnProperty('length'));
Object.defineProperty(f, 'name', { value: 'renamed' });
console.log(f.name, show(f, 'name'));
console.log(delete f.name, f.name === '', 'name' in f);
f.custom = 1;
console.log(Object.keys(f), Object.getOwnPropertyNames(f).filter((k) => k !== 'arguments' && k !== 'caller'));
function g() {}
g.prototype = { replaced: true };
console.log(new g().replaced, Object.getOwnPropertyDescriptor(g, 'prototype').enumerable);
console.log(show(Object, 'prototype'), show(Math, 'PI'), show(Number, 'MAX_SAFE_INTEGER'));
console.log(show(Object, 'keys'), show(Math.max, 'length'), show(Object.defineProperty, 'name'));
console.log(show(globalThis, 'NaN'), show(globalThis, 'undefined'), show(globalThis, 'Infinity'));
console.log(Function.prototype.name === '', Function.prototype.length);
Math.PI = 4;
console.log(Math.PI, delete Math.PI, Math.PI);
