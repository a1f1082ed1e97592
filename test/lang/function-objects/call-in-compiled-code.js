// f.call(thisArg, ...args) in hot code: compiled, it is a call of f with that receiver (no
// native in between), so everything the native decided must still hold — sloppy and strict
// receivers, natives and bound functions as f, a class constructor's TypeError, a callable
// proxy, Function.prototype.call replaced or called on itself, and stacks without a `call`
// frame.
function sloppy(a, b) { return `${this === globalThis ? 'global' : typeof this}:${a}:${b}`; }
function strict(a, b) { 'use strict'; return `${this === undefined ? 'undefined' : typeof this === 'object' && this !== null ? 'obj' : String(this)}:${a}:${b}`; }
class Point { constructor(x) { this.x = x; } }
const bound = strict.bind('B', 'bound');
const proxy = new Proxy(strict, {});
function thrower() { throw new Error('from callee'); }

function round(i) {
  const out = [];
  out.push(sloppy.call(undefined, i, 1), sloppy.call(null), sloppy.call(5, 'x'), sloppy.call({}, 1, 2, 3));
  out.push(strict.call(undefined, i), strict.call(null, 1), strict.call(7, 'y'), strict.call({}, 1, 2), strict.call());
  out.push(Math.max.call(null, i, 3, 2), bound.call('ignored', 'arg'), proxy.call(8, 'p'));
  out.push(Array.prototype.slice.call([1, 2, 3], 1).join(), Function.prototype.call.call(strict, 9, 'cc'));
  try {
    Point.call({}, 1);
  } catch (e) {
    out.push(`${e.constructor.name}: ${e.message}`);
  }
  try {
    thrower.call(null);
  } catch (e) {
    out.push(e.stack.split('\n').filter((l) => l.includes('call-in-compiled-code')).map((l) => l.trim().split(' ')[1]).join(' < '));
  }
  return out.join(' | ');
}

let last = '';
for (let i = 0; i < 3000; i++) last = round(i % 3);
console.log(last);
const saved = Function.prototype.call;
Function.prototype.call = function (self, ...args) { return `replaced(${this.name})`; };
console.log(round(1).split(' | ').slice(0, 3).join(' | '));
Function.prototype.call = saved;
console.log(round(2).split(' | ').slice(0, 3).join(' | '));
