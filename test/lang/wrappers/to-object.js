// ToObject of primitives: the reflection functions, spread and assign of strings, hasOwnProperty
// on primitives, for-in over a String object, descriptors, comparisons of wrappers.
console.log(Object.keys('ab'), Object.entries('ab'), Object.getOwnPropertyNames('ab'), Object.values('xy'));
console.log(Object.assign({}, 'ab'), { ...'cd' }, Object.getPrototypeOf(1) === Number.prototype, Object.freeze(1));
console.log('ab'.hasOwnProperty(0), 'ab'.hasOwnProperty('length'), (5).hasOwnProperty('x'), Object.isFrozen('s'));
var keys = []; for (var k in new String('ab')) keys.push(k); console.log(keys);
console.log(Object.getOwnPropertyDescriptor('ab', 'length'), Object.getOwnPropertyDescriptors(new Boolean(true)));
console.log(new Number(1) < new Number(2), new String('a') < new String('b'), new Number(NaN) + '', -new Number(3));
console.log([new Number(1), new String('s')].map(function (x) { return typeof x.valueOf(); }));
console.log(Number.prototype.toString.call(new Number(255), 16), new Number(3.14159).toPrecision(3));
console.log(Boolean.prototype.toString.call(new Boolean(true)), String.prototype.valueOf.call(new String('v')));
var w = new String('abc'); w.foo = 1; console.log(w, Object.keys(w), JSON.stringify(w), w.length);
console.log(new Number(-0), Object(-0), new Number(1e21), new String('a\nb'));
console.log(Object(undefined), Object(null), typeof Object(2));
console.log((1).__proto__ === Number.prototype, true.__proto__ === Boolean.prototype, Symbol().__proto__ === Symbol.prototype, 'a'.__proto__ === String.prototype, Object.getPrototypeOf(Symbol()) === Symbol.prototype, Object.getPrototypeOf('s') === String.prototype);
