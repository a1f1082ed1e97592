// arguments.callee: the running function in sloppy functions with simple parameters (anonymous
// recursion, as old code writes it), read and called, in hot code; node's TypeError in strict
// functions and in sloppy ones whose parameters have defaults, rest or patterns.
const fact = function (n) { return n <= 1 ? 1 : n * arguments.callee(n - 1); };
console.log(fact(10));
var self = function () { return arguments.callee; };
console.log(self() === self, typeof self());
function hot(n) { var f = arguments.callee; return f === hot ? n + 1 : -1; }
let s = 0;
for (let i = 0; i < 3000; i++) s += hot(i);
console.log(s);
const withThis = function (k) { return k ? arguments.callee.call(this, 0) + this.v : this.v; };
console.log(withThis.call({ v: 2 }, 1));
function strictOne() { 'use strict'; return arguments.callee; }
try { strictOne(); } catch (e) { console.log(e.name, e.message); }
function withDefault(a = 1) { return arguments.callee; }
try { withDefault(); } catch (e) { console.log(e.name, e.message); }
function withRest(...r) { return arguments.callee(); }
try { withRest(); } catch (e) { console.log(e.name, e.message); }
console.log([1, 2, 3].map(function (x) { return x > 1 ? x * arguments.callee(x - 1) : 1; }));
