// The global constructors called as functions, and their shapes as values.
console.log(Number('12'), Number(''), Number(), String(12), String(), String(null), Boolean(''), Boolean('x'), Boolean());
console.log(Array(3).length, Array(1, 2), new Array(2, 3), Array.isArray(Array()));
const o = { k: 1 };
console.log(Object(o) === o, typeof Object(), Object(null), Object(undefined), new Object(o) === o);
console.log(typeof Object, typeof Array, typeof Number, typeof String, typeof Boolean, typeof Function);
console.log(Object.name, Array.length, Number.length, String.name, Boolean.length, Function.name);
console.log(Number.prototype.constructor === Number, typeof Number.prototype.toFixed);
const convert = [Number, String, Boolean];
console.log(convert.map((f) => f('0')));
console.log(typeof Date.now(), typeof Date);
class MyArray extends Array {}
console.log(typeof MyArray);
