// An arguments object is no array to the program: Object.prototype is its prototype,
// Array.isArray is false, it prints as [Arguments], JSON and concat treat it as an object, its
// own @@iterator is Array.prototype.values.
function f() { return arguments; }
const a = f(1, 'two', [3]);
console.log(a, Array.isArray(a), Object.prototype.toString.call(a), a instanceof Array, typeof a, a.length);
console.log(JSON.stringify(a), JSON.stringify({ args: f(1, 2) }), [].concat(f(1, 2)).length, [...a], Array.from(a));
console.log(Object.keys(a), a[Symbol.iterator] === Array.prototype.values, Symbol.iterator in a, typeof a.map, Array.prototype.slice.call(a));
function g() { let s = 0; for (const v of arguments) s += v; return s + arguments.length; }
let t = 0; for (let i = 0; i < 500; i++) t += g(i, 1, 2);
console.log(t, Object.getPrototypeOf(a) === Object.prototype);
function h() { delete arguments[0]; return arguments; }
console.log(h(1, 2), f());
