// Object.defineProperty with data descriptors: defaults are false, attributes read back.
const o = {};
Object.defineProperty(o, 'a', { value: 1 });
console.log(o.a, Object.keys(o), JSON.stringify(Object.getOwnPropertyDescriptor(o, 'a')));
Object.defineProperty(o, 'b', { value: 2, enumerable: true });
console.log(Object.keys(o), JSON.stringify(o));
Object.defineProperty(o, 'c', { value: 3, writable: true, enumerable: true, configurable: true });
console.log(Object.getOwnPropertyDescriptor(o, 'c'));
// A read-only property is still a plain load in a hot loop.
let sum = 0;
for (let i = 0; i < 2000; i++) sum += o.a + o.b;
console.log(sum);
// Sloppy writes to read-only properties are dropped.
o.a = 10;
o.b = 20;
o.c = 30;
console.log(o.a, o.b, o.c);
// A redefinition of a configurable property may change everything.
Object.defineProperty(o, 'c', { value: 'x', writable: false, enumerable: false });
console.log(Object.getOwnPropertyDescriptor(o, 'c'), Object.keys(o));
// Keys that are numbers are converted; integer keys list first.
Object.defineProperty(o, 5, { value: 'five', enumerable: true });
Object.defineProperty(o, '1', { value: 'one', enumerable: true });
console.log(Object.keys(o), Object.getOwnPropertyNames(o));
// The same value again on a non-configurable, non-writable property is allowed.
Object.defineProperty(o, 'a', { value: 1 });
Object.defineProperty(o, 'a', { value: 1, writable: false, enumerable: false, configurable: false });
console.log(o.a);
// -0 and +0 differ for SameValue; NaN equals NaN.
const z = Object.defineProperty({}, 'z', { value: NaN });
Object.defineProperty(z, 'z', { value: NaN });
console.log(z.z);
try { Object.defineProperty(Object.defineProperty({}, 'm', { value: 0 }), 'm', { value: -0 }); } catch (e) { console.log(e.message); }
