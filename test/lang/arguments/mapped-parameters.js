// A sloppy function with simple parameters that assigns one and reads arguments, or writes
// through arguments, sees them aliased: parameter i below the argument count is arguments[i].
function f(a, b) { a = 10; return [arguments[0], arguments[1], arguments.length]; }
console.log(f(1), f(1, 2), f());
function g(a) { arguments[0] = 'changed'; return a; }
console.log(g('orig'), g());
function extend(target) {
  target = target || {};
  for (var i = 1; i < arguments.length; i++) { var src = arguments[i]; for (var k in src) target[k] = src[k]; }
  return target;
}
console.log(extend(null, { a: 1 }, { b: 2 }), extend({ z: 0 }));
function swap(x, y) { var t = x; x = y; y = t; return Array.prototype.slice.call(arguments); }
console.log(swap(1, 2), swap(1));
function closure(a) {
  var get = function () { return a; };
  arguments[0] = 'via arguments';
  var r1 = get();
  a = 'via param';
  return [r1, arguments[0], get()];
}
console.log(closure('start'), closure());
function lengthChanged(a, b) { arguments.length = 5; b = 'B'; return [arguments.length, arguments[1], b]; }
console.log(lengthChanged(1), lengthChanged(1, 2));
function dup(a, a2) { a2 = 3; return arguments[1]; }
console.log(dup(1, 2));
function update(n) { n++; n += 10; return arguments[0]; }
console.log(update(1));
let sum = 0;
function hot(a, b) { if (b === undefined) b = 1; a = a * 2; return arguments[0] + arguments.length + b; }
for (let i = 0; i < 5000; i++) sum += hot(i, i % 3 ? 2 : undefined);
console.log(sum);
function* gen(a) { a = 'g'; yield arguments[0]; arguments[0] = 'h'; yield a; }
console.log([...gen(1)], [...gen()]);
function spread(a, b) { a = 'x'; return [...arguments]; }
console.log(spread(1, 2, 3));
function strictLike(a) { 'use strict'; a = 2; return arguments[0]; }
console.log(strictLike(1));
function withDefault(a = 0) { a = 2; return arguments[0]; }
console.log(withDefault(1));
function nested(a) { function inner() { a = 'inner'; } inner(); return arguments[0]; }
console.log(nested('outer'), nested());
function destructureWrite(a, b) { [a, b] = [b, a]; return [arguments[0], arguments[1]]; }
console.log(destructureWrite(1, 2));
function forInWrite(a) { for (a in { p: 1, q: 2 }); return arguments[0]; }
console.log(forInWrite('z'));
function arrowSees(a) {
  const read = () => [a, arguments[0]];
  const write = () => { arguments[0] = 'arrow'; };
  write();
  return read();
}
console.log(arrowSees('start'), arrowSees());
function typeofParam(a) { arguments[0] = 5; return typeof a; }
console.log(typeofParam('s'));
function compound(a, b) { a += b; arguments[1] *= 3; return [a, b, arguments[0], arguments[1]]; }
console.log(compound(1, 2));
