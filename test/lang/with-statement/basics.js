// `with` basics: which names the object binds, var hoisting out of the body, typeof of
// unbound names, Array.prototype[Symbol.unscopables], null objects (TypeError), strings.
var o = { x: 1, y: 2, f: function () { return this === o; } };
var x = 'outer x', z = 'outer z';
with (o) {
  console.log(x, y, z, f());
  x = 10;
  z = 'new z';
  var y = 5;
  var w = 'w';
}
console.log(o.x, o.y, x, z, typeof w, w, o.w);
function g(obj) {
  var a = 'local a';
  with (obj) {
    return function () { return [a, typeof b, typeof nope]; };
  }
}
console.log(g({ b: 1 })(), g({ a: 'obj a' })());
var arr = [1, 2, 3];
with (arr) { console.log(length, join('-'), typeof values); }
with (Math) console.log(max(1, PI) === PI, floor(2.5));
try { with (null) {} } catch (e) { console.log(e.constructor.name, e.message); }
with ('abc') console.log(length, charAt(1));
var p = { get q() { console.log('get q'); return 'q'; } };
with (p) console.log(q);
var u = { k: 1, [Symbol.unscopables]: { k: true } };
var k = 'outer k';
with (u) console.log(k);
for (var i = 0; i < 3; i++) { with ({ i: 'shadow' }) { var s = i; } }
console.log(s, i);
var counter = { n: 0 };
with (counter) { n++; n += 2; ++n; }
console.log(counter.n);
with ({}) { console.log(typeof undefinedVar); }
try { with ({}) { missing; } } catch (e) { console.log(e.name, e.message); }
