'use strict';
// Two-level inlining under change: shapes, prototypes, arities, closures, errors thrown by
// the innermost inlined function's own operations.
let scale = 2;
class P {
  constructor(x) { this.x = x; }
  get dbl() { return this.x * scale; }
  inner(a, b) { return b === undefined ? this.x + a : this.x + a + b; }
  mid(a) { return this.inner(a) + this.dbl; }
  deep(o) { return this.peek(o) + 1; }
  peek(o) { return o.value.length; }
}
function drive(p, n) { let t = 0; for (let i = 0; i < n; i++) t += p.mid(i & 7); return t; }
function probe(p, o, n) { let t = 0; for (let i = 0; i < n; i++) t += p.deep(o); return t; }
const p = new P(3);
let out = [];
for (let r = 0; r < 100; r++) out.push(drive(p, 40));
console.log(out.slice(-2));
scale = 3; // closure variable read in the innermost frame
console.log(drive(p, 40));
P.prototype.inner = function (a) { return -a; }; // prototype change under inlined code
console.log(drive(p, 40));
const q = new P(1.5); q.extra = true; // another shape
console.log(drive(q, 40), drive(p, 40));
for (let r = 0; r < 100; r++) probe(p, { value: 'abc' }, 20);
console.log(probe(p, { value: [1, 2] }, 3));
try { probe(p, { value: null }, 3); } catch (e) { console.log(e.constructor.name, e.message); console.log(e.stack.split('\n').slice(1, 4).map((l) => l.trim().split(' (')[0]).join(' < ')); }
Object.defineProperty(P.prototype, 'dbl', { get() { throw new Error('getter ' + this.x); } });
try { drive(p, 5); } catch (e) { console.log(e.message, e.stack.split('\n')[1].trim().split(' (')[0]); }
