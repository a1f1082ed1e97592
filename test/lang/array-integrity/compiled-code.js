// Compiled stores and pushes that ran on an ordinary array meet it frozen, sealed or made
// non-extensible: they leave it to the runtime, which refuses as the interpreter does.
function fill(a, v) {
  for (let i = 0; i < a.length; i++) a[i] = v;
  return a;
}
function grow(a, n) {
  for (let i = 0; i < n; i++) a.push(i);
  return a.length;
}
function strictFill(a, v) {
  'use strict';
  for (let i = 0; i < a.length; i++) a[i] = v;
  return a;
}
const plain = [0, 0, 0, 0];
for (let k = 0; k < 500; k++) { fill(plain, k); grow([], 8); strictFill(plain, k); }
console.log(plain);
const frozen = Object.freeze([1, 2, 3]);
console.log(fill(frozen, 9), Object.isFrozen(frozen));
try { strictFill(frozen, 9); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
try { grow(frozen, 1); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
const sealed = Object.seal([1, 2, 3]);
console.log(fill(sealed, 7), strictFill(sealed, 8));
try { grow(sealed, 1); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
const closed = Object.preventExtensions([5]);
try { grow(closed, 2); } catch (e) { console.log(e.constructor.name + ': ' + e.message, closed); }
// Reads of a frozen table in a hot loop stay ordinary reads.
const TABLE = Object.freeze([3, 1, 4, 1, 5, 9, 2, 6]);
let sum = 0;
for (let r = 0; r < 2000; r++) for (let i = 0; i < TABLE.length; i++) sum += TABLE[i];
console.log(sum, TABLE.indexOf(9), TABLE.map((x) => x * 2).join(), Object.isFrozen(TABLE.slice()));
