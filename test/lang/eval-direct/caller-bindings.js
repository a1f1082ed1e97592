// Direct eval: the caller's bindings (var, let, const, parameters, arguments, this) read and
// written by the eval code, TDZ and const errors, strict eval's own vars, closures made by
// eval code that keep the caller's bindings, let/const of the eval code its own.
var x = 1;
function f(a) {
  let b = 2;
  const c = 3;
  var d = 4;
  eval('d = a + b + c + x; b = 20;');
  return [a, b, c, d, eval('a * 2'), eval(42), eval(), typeof eval('arguments'), eval('arguments.length')];
}
console.log(f(5));
function g() {
  var v = 'before';
  eval('var v = "after"');
  return v;
}
console.log(g());
function h() {
  'use strict';
  eval('var local = 1');
  return typeof local;
}
console.log(h());
function closures() {
  let n = 0;
  const inc = eval('(function () { return ++n; })');
  inc(); inc();
  return n;
}
console.log(closures());
const obj = { m() { return eval('this === obj'); } };
console.log(obj.m());
console.log(eval('let q = 5; q * 2'), typeof q);
try { eval('1 +'); } catch (e) { console.log(e.name, e.message); }
try { (function () { const k = 1; eval('k = 2'); })(); } catch (e) { console.log(e.name, e.message); }
try { (function () { eval('tdz'); let tdz = 1; })(); } catch (e) { console.log(e.name, e.message); }
var indirect = eval;
console.log(indirect('typeof x'));
(function () { var x = 'local x'; console.log(eval('x'), (0, eval)('typeof x')); })();
for (let i = 0; i < 3; i++) console.log(eval('i * 10'));
function block() {
  let out = [];
  { let inner = 'inner'; out.push(eval('inner')); }
  return out;
}
console.log(block());
const arrow = (p) => eval('p + 1');
console.log(arrow(1));
