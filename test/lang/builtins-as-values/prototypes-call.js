// Builtin prototype methods reached through the prototype and called with call/apply.
const toStr = Object.prototype.toString;
console.log(toStr.call([]), toStr.call({}), toStr.call(null), toStr.call(undefined));
console.log(toStr.call(1), toStr.call('s'), toStr.call(true), toStr.call(function () {}));
console.log(toStr.call(new Map()), toStr.call(new Set()), toStr.call(new TypeError('x')));
const has = Object.prototype.hasOwnProperty;
const o = { a: 1, b: undefined };
console.log(has.call(o, 'a'), has.call(o, 'b'), has.call(o, 'c'), has.call(o, 'toString'));
console.log(has.call([1, 2], 0), has.call([1, 2], '1'), has.call([1, 2], 2), has.call([1], 'length'));
console.log(o.hasOwnProperty('a'), 'x'.hasOwnProperty('length'), 'x'.hasOwnProperty(0));
console.log(Object.prototype.propertyIsEnumerable.call([1], 0), [1].propertyIsEnumerable('length'));
console.log(Object.prototype.isPrototypeOf.call(Array.prototype, []), Array.prototype.isPrototypeOf({}));
function collect() { return Array.prototype.slice.call(arguments, 1); }
console.log(collect(1, 2, 3));
console.log(Array.prototype.map.call([1, 2, 3], (x) => x * 10));
console.log(Array.prototype.join.call([1, 2], '-'), [].concat.apply([1], [[2], [3]]));
console.log(String.prototype.toUpperCase.call('abc'), String.prototype.slice.call('hello', 1, 3));
console.log(Number.prototype.toFixed.call(3.14159, 2), (255).toString(16));
console.log([1, [2, 3]].toString(), String([1, [2, 3]]), `${[4, 5]}`, [] + '');
console.log((5).valueOf(), true.toString(), false.valueOf(), 'q'.toString(), 'q'.valueOf());
try { Number.prototype.valueOf.call('x'); } catch (e) { console.log(e.constructor.name, e.message); }
try { String.prototype.toString.call(1); } catch (e) { console.log(e.constructor.name, e.message); }
try { Boolean.prototype.valueOf.call(0); } catch (e) { console.log(e.constructor.name, e.message); }
try { Object.prototype.hasOwnProperty.call(null, 'x'); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(Object.prototype.toString.call(Object.prototype.toString));
console.log(Array.prototype.constructor === Array, Object.prototype.constructor === Object, (1).constructor === Number);
console.log([] instanceof Array, [] instanceof Object, (function () {}) instanceof Function, Math instanceof Object);
console.log(Object.getPrototypeOf(Function.prototype) === Object.prototype, Object.getPrototypeOf(Array) === Function.prototype);
