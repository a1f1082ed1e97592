// Edges of the callback methods: recursion to a RangeError through them, generator and async
// callbacks, a throw that ends the walk, a saved method after Array.prototype's is replaced,
// builtins as callbacks (call, parseInt, Number, String), and a very sparse array.
'use strict';
function deep(n) { [n].forEach((x) => deep(x + 1)); }
try { deep(0); } catch (e) { console.log(e instanceof RangeError, e.message); }
function* gen() { yield 1; }
console.log([1, 2].map(gen).map((g) => g.next().value));
const asyncs = [1, 2].map(async (x) => x * 2);
Promise.all(asyncs).then((v) => console.log('async', v));
let count = 0;
try { [1, 2, 3].forEach((x) => { count++; if (x === 2) throw new TypeError('stop at ' + x); }); } catch (e) { console.log(e.message, count); }
const saved = Array.prototype.forEach;
Array.prototype.forEach = null;
let s = 0; for (let i = 0; i < 3000; i++) saved.call([1, 2, 3], (x) => { s += x; });
console.log(s, typeof [].forEach);
Array.prototype.forEach = saved;
console.log([3, 1, 2].map(String).sort().join(), [[1, 2], [3]].map((a) => a.reduce((x, y) => x + y)));
console.log(['a', 'b'].map(Function.prototype.call, String.prototype.toUpperCase));
console.log([1, 2, 3].map(parseInt), ['1', '2', '3'].map(Number));
const sparse = []; sparse[5] = 1; sparse[100000] = 2;
let visits = 0; sparse.forEach(() => visits++); console.log(visits, sparse.filter(() => true));
