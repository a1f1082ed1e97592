// Number, String and Boolean objects: made by new and Object(x), converted through their
// prototypes' valueOf/toString, printed, serialized and tagged as node does them; a String
// object's indices and length; subclasses; thisNumberValue errors; hot in a loop.
var n = new Number(5), s = new String('héllo'), b = new Boolean(false);
console.log(typeof n, typeof s, typeof b, n + 1, s + '!', b ? 'truthy' : 'falsy', !b);
console.log(n, s, b, [n, s, b], { n });
console.log(n instanceof Number, s instanceof String, b instanceof Boolean, n instanceof Object);
console.log(s.length, s[1], s.toUpperCase(), s.slice(1, 3), Object.keys(s), JSON.stringify(s));
console.log(n.toFixed(2), n.valueOf() === 5, n == 5, n === 5, new Number(5) == new Number(5));
console.log(Object.prototype.toString.call(n), Object.prototype.toString.call(s), Object.prototype.toString.call(b));
console.log(JSON.stringify({ n: n, s: s, b: b, arr: [new Number(1), new Boolean(true)] }));
var o = Object(7), os = Object('xy'), ob = Object(true), osym = Object(Symbol('q'));
console.log(typeof o, o, os, ob, typeof osym, osym.description, osym.toString());
console.log(new Object(3) + 1, Object(o) === o);
n.extra = 'x';
console.log(n, n.extra, Object.keys(n));
console.log(new String(''), new String('').length, new Number(), new Boolean());
class MyNum extends Number { twice() { return this * 2; } }
var m = new MyNum(21);
console.log(m.twice(), m instanceof Number, m instanceof MyNum, m + 0);
try { Number.prototype.valueOf.call({}); } catch (e) { console.log(e.name, e.message); }
try { String.prototype.toString.call(1); } catch (e) { console.log(e.name, e.message); }
try { new String(Symbol('z')); } catch (e) { console.log(e.name, e.message); }
console.log(Object.getOwnPropertyNames(new String('ab')), Object.getOwnPropertyDescriptor(new String('ab'), '0'));
var t = 0;
for (var i = 0; i < 3000; i++) t += new Number(i) * 1;
console.log(t, [new Number(3), new Number(1), new Number(2)].sort().join());
(function () { 'use strict'; try { s[0] = 'z'; } catch (e) { console.log(e.name, e.message); } })();
console.log(Object.isFrozen(Object.freeze(new Number(1))), String(new String('q')), Number(new Number(8)));
const stringify = JSON.stringify; // the realm's function value (arrays and functions are not wrappers)
console.log(stringify([new Number(2), [3], function () {}]), stringify({ a: [new String('x')], f() {} }), Number.prototype.toFixed.call(new Number(1.5), 1));
try { Number.prototype.toFixed.call([1]); } catch (e) { console.log(e.name, e.message); }
try { Boolean.prototype.toString.call(1); } catch (e) { console.log(e.message); }
console.log(Boolean.prototype.toString.call(new Boolean(true)), false.toString());
