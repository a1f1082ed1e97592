// Object.prototype.__proto__: a getter and a setter.
const base = { hello() { return 'hi ' + this.n; } };
const o = { n: 1 };
console.log(o.__proto__ === Object.prototype);
o.__proto__ = base;
console.log(o.hello(), Object.getPrototypeOf(o) === base);
o.__proto__ = 5; // ignored
console.log(Object.getPrototypeOf(o) === base);
const d = Object.getOwnPropertyDescriptor(Object.prototype, '__proto__');
console.log(typeof d.get, typeof d.set, d.enumerable, d.configurable);
const bare = Object.create(null);
console.log(bare.__proto__, '__proto__' in bare);
try { Object.preventExtensions(o).__proto__ = {}; } catch (e) { console.log(e.message); }
const a = {};
const b = Object.create(a);
try { a.__proto__ = b; } catch (e) { console.log(e.message); }
console.log((5).__proto__ === Number.prototype, true.__proto__ === Boolean.prototype);
