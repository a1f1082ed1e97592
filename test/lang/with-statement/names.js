// `with` names: reads, writes (compound, update, destructuring, for-in targets, var initializers),
// calls with the object as `this`, closures that see the object live, nesting, unscopables,
// primitives, getters and setters, and a hot function with a with body (compiled, OSR).
function hot(o) {
  var total = 0;
  with (o) {
    for (var i = 0; i < 50; i++) total += a * i + (typeof b === 'number' ? b : 0);
  }
  return total;
}
var r = 0;
for (var n = 0; n < 300; n++) r += hot(n % 3 === 0 ? { a: 1 } : n % 3 === 1 ? { a: 2, b: 3 } : { a: 0.5, i: 0 });
console.log(r);
// closures see the object live
var obj = { v: 1 };
var get;
with (obj) { get = function () { return v; }; }
console.log(get()); obj.v = 2; console.log(get()); delete obj.v; var v = 'global-ish'; 
try { console.log(get()); } catch (e) { console.log(e.message); }
// nested with
var outer = { p: 'outer p', q: 'outer q' }, inner = { p: 'inner p' };
with (outer) with (inner) console.log(p, q);
// compound, update, destructuring, for-in targets
var t = { x: 1, y: 2, key: null, list: [] };
with (t) {
  x += 5; y *= 3; x++; --y;
  [x, y] = [y, x];
  ({ x } = { x: 42 });
  for (key in { first: 1, second: 2 }) list.push(key);
}
console.log(JSON.stringify(t));
// let/const and block functions inside
with ({ m: 'm' }) {
  let l = 'let'; const c = 'const';
  function bf() { return m + l + c; }
  console.log(bf());
}
// method call receivers
var counter = { count: 0, inc: function () { this.count++; return this; } };
with (counter) { inc(); inc(); }
console.log(counter.count);
// parameters and arguments
function params(a) { with ({ a: 'from object' }) { return [a, arguments[0]]; } }
console.log(params('param'));
// strict function inside with body still looks names up on the object
with ({ sv: 'strict sees it' }) { console.log((function () { 'use strict'; return sv; })()); }
// generator with a with body
function* gen(o) { with (o) { yield a; a = 'changed'; yield a; } }
var go = { a: 'first' };
console.log([...gen(go)], go.a);
// a getter/setter on the with object
var acc = { get g() { return 'got'; }, set s(v) { console.log('set', v); } };
with (acc) { console.log(g); s = 9; }
// primitives
with (42) console.log(toFixed(2));
with (true) console.log(valueOf());
// this unaffected
var self = { name: 'self', m: function () { with ({ name: 'obj' }) return this.name + ' ' + name; } };
console.log(self.m());
// assignment to a name that is not on the object creates a global (sloppy)
with ({}) { createdGlobal = 'made'; }
console.log(typeof createdGlobal, globalThis.createdGlobal);
