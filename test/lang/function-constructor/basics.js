// new Function / Function: parameters and body converted in order, compiled by kiln's front end
// at run time in the global scope (module variables are not visible), V8's SyntaxErrors,
// source text as node prints it, and a made function that gets hot.
var add = new Function('a', 'b', 'return a + b');
console.log(add(2, 3), add.length, add.name, typeof add);
console.log(add.toString());
console.log(String(Function('return 1')));
var f3 = Function('a, b', 'c', 'return a * b * c');
console.log(f3(2, 3, 4), f3.length);
console.log(Function()(), Function('')(), new Function().length);
console.log(Function('return this')() === globalThis);
var g = Function('"use strict"; return this');
console.log(g());
globalThis.shared = 41;
console.log(Function('return shared + 1')());
var x = 'module-local';
try { Function('return x')(); } catch (e) { console.log(e.name, e.message); }
try { Function('a b', 'return 1'); } catch (e) { console.log(e.name, e.message); }
try { Function('a) { return 1 }, function (b', 'return 1'); } catch (e) { console.log(e.name, e.message); }
try { Function('}); (function () {'); } catch (e) { console.log(e.name, e.message); }
try { Function('return +'); } catch (e) { console.log(e.name, e.message); }
var hot = Function('n', 'var s = 0; for (var i = 0; i < n; i++) s += i; return s');
var t = 0; for (var k = 0; k < 200; k++) t += hot(100);
console.log(t);
var order = [];
Function({ toString() { order.push('p'); return 'q'; } }, { toString() { order.push('b'); return 'return q'; } });
console.log(order.join(','));
console.log(add instanceof Function, Object.getPrototypeOf(add) === Function.prototype, add.prototype.constructor === add);
var mk = new Function('return function inner(y) { return y * 2; }');
console.log(mk()(21), mk().name);
