// Direct eval in hot functions (compiled, the code cached per call site and text), eval
// inside eval, a shadowed or replaced eval (an ordinary call), generators and async
// functions, methods, and a function declared by sloppy eval code under a caller's var.
function hot(n) {
  var total = 0;
  for (var i = 0; i < n; i++) total += eval('i * 2');
  return total;
}
var s = 0;
for (var k = 0; k < 200; k++) s += hot(20);
console.log(s);
function mutator() {
  var count = 0;
  for (var j = 0; j < 500; j++) { eval('count++'); count += 1; }
  return count;
}
console.log(mutator());
function maker2() {
  var secret = 'kept', getter;
  eval('getter = function () { return secret; }');
  secret = 'changed later';
  return getter;
}
console.log(maker2()());
function nested() {
  var depth = 'outer';
  return eval("eval('depth + \"!\"')");
}
console.log(nested());
function shadowed(eval) { return eval('1 + 1'); }
console.log(shadowed((s) => 'shadow ' + s));
console.log(eval('this === module.exports'), eval('typeof require'), eval('typeof __filename'));
async function af() { let x = 'async'; await null; return eval('x'); }
af().then((v) => console.log(v));
function* gen() { let y = 'gen'; yield eval('y'); yield eval('y + 2'); }
console.log([...gen()]);
function declares() {
  var fn;
  eval('function fn() { return "declared in eval"; }');
  return fn();
}
console.log(declares());
class K { constructor() { this.v = 7; } get() { return eval('this.v'); } }
console.log(new K().get());
var saved = globalThis.eval;
globalThis.eval = function (x) { return 'replaced:' + x; };
console.log(eval('2'));
globalThis.eval = saved;
console.log(eval('[1, 2].map((x) => x * 3)'));
function params(a, b = eval('a + 1')) { return b; }
try { console.log(params(1)); } catch (e) { console.log('params', e.name); }
