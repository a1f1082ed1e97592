// Array.prototype.pop in compiled code: mixed values, an empty array, holes read through the
// prototype, integrity levels, arguments, a subclass, and a long drain of doubles.
'use strict';
function drain(a) { let s = 0; let v; while ((v = a.pop()) !== undefined) s += typeof v === 'number' ? v : v.length; return s; }
function popN(a, n) { const out = []; for (let i = 0; i < n; i++) out.push(a.pop()); return out; }
let total = 0;
for (let r = 0; r < 300; r++) {
  const a = [1, 2.5, 'abc', 4, { length: 7 }];
  total += drain(a);
  if (a.length !== 0) throw new Error('len');
}
console.log(total);
console.log(popN([1, 2, 3], 5));
const holey = [1, , 3]; holey.length = 5;
console.log(popN(holey, 4), holey.length);
Array.prototype[1] = 'proto';
console.log(popN([0, , 2], 3));
delete Array.prototype[1];
const frozen = Object.freeze([1, 2]);
try { frozen.pop(); } catch (e) { console.log(e.message); }
try { Object.freeze([]).pop(); } catch (e) { console.log(e.message); }
const sealed = Object.seal([1, 2]);
try { sealed.pop(); } catch (e) { console.log(e.message); }
const ne = Object.preventExtensions([1, 2]);
console.log(ne.pop(), ne.length);
function f() { return Array.prototype.pop.call(arguments); }
for (let i = 0; i < 50; i++) f(1, 2);
console.log(f(1, 2, 3));
class Stack extends Array {}
const s = new Stack(); s.push(1, 2); console.log(s.pop(), s.length);
const big = []; for (let i = 0; i < 1000; i++) big.push(i * 1.5);
let acc = 0; while (big.length) acc += big.pop(); console.log(acc);
for (let i = 0; i < 200; i++) { const x = [i]; x.pop(); x.pop(); }
console.log('ok');
