// Functions are objects: length, name, toString, properties of their own.
function f(a, b) {}
function g(a, b = 1, c) {}
function h(...rest) {}
function k({ a }, [b], c = 2) {}
const arrow = (x, y) => x + y;
const anon = function () {};
const named = function inner() {};
console.log(f.length, g.length, h.length, k.length, arrow.length, anon.length);
console.log(f.name, arrow.name, anon.name, named.name, (() => {}).name, (function () {}).name);
class C { constructor(a, b, c) {} m(x) {} static s(y, z) {} get p() { return 1; } }
console.log(C.length, C.name, C.prototype.m.length, C.prototype.m.name, C.s.length, C.s.name);
const obj = { method(a) {}, arrowProp: (a, b) => 0, fnProp: function (q) {} };
console.log(obj.method.name, obj.method.length, obj.arrowProp.name, obj.fnProp.name);
console.log(String(f), `${arrow}`, anon.toString());
console.log(f.toString === Function.prototype.toString, typeof f.call, typeof f.apply, typeof f.bind);
f.custom = 42;
console.log(f.custom, 'custom' in f, Object.keys(f));
console.log(typeof f.prototype, f.prototype.constructor === f, arrow.prototype);
console.log(Math.max.toString(), String(Math.min));
