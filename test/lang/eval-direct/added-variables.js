// Sloppy direct eval's var and function declarations the caller lacks: they become the
// caller's (an eval variables object its names consult first), hoisted before the eval code
// runs, deletable; strict callers and strict eval code keep their vars to themselves.
var x = 'outer x';
function f() {
  eval('console.log(typeof x, x); var x = 1; function made() { return "made " + x; }');
  return [x, made(), typeof made];
}
console.log(f(), x);
function g() {
  eval('var counter = 0');
  for (let i = 0; i < 5; i++) eval('counter += i');
  return counter;
}
console.log(g());
function h() {
  var inner = function () { return typeof late; };
  var before = inner();
  eval('var late = 1');
  return [before, inner(), delete late, typeof late];
}
console.log(h());
function nestedFns() {
  eval('var shared = "s"');
  return (function () { return shared + '!'; })();
}
console.log(nestedFns());
function mathShadow() { eval('var Math = { max: () => "mine" }'); return Math.max(1, 2); }
console.log(mathShadow(), Math.max(1, 2));
eval('var topLevel = "module var"');
console.log(topLevel, typeof globalThis.topLevel);
function strictCaller() { 'use strict'; eval('var own = 1'); return typeof own; }
console.log(strictCaller());
function evalStrict() { eval('"use strict"; var own2 = 1'); return typeof own2; }
console.log(evalStrict());
console.log(eval("\"use strict\"; var q = 1"), typeof q, eval("\"use strict\""), (0, eval)("\"use strict\"; this === undefined"))
function f() { eval('var fresh;'); return typeof fresh; }
console.log(f());
function g() { eval('function only() { return 1; }'); return only(); }
console.log(g());
try { (function () { let x; { eval('var x;'); } })(); } catch (e) { console.log(e.name, e.message); }

{ let y = 2; try { eval('var y;'); } catch (e) { console.log(e.name); } }
console.log('done');
