// Stores at an array's length in hot code (`out[j++] = v`): they append as push does, and what
// must not append inline (a frozen array, a store past the length, a subclass, an index a
// prototype has) still behaves as the runtime's SetKeyed.
'use strict';
function collect(n, k) { const out = []; let j = 0; for (let i = 0; i < n; i++) if (i % k === 0) out[j++] = i * 1.5; return out; }
let s = 0;
for (let r = 0; r < 3000; r++) { const a = collect(50, 1 + (r % 4)); s += a.length + a[a.length - 1]; }
console.log(s);
// edge: frozen array append (strict: TypeError), gap store, holes, non-plain arrays
function put(a, i, v) { a[i] = v; return a.length; }
for (let r = 0; r < 2000; r++) put([1, 2], 2, r);
try { put(Object.freeze([1, 2]), 2, 3); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(put([1, 2], 5, 'gap'), put([], 0, 'x'), put(Object.assign([1], { named: 1 }), 1, 2));
class L extends Array {}
const l = new L(); console.log(put(l, 0, 1), l instanceof L, l.length);
Array.prototype[7] = 'inherited';
console.log(put([1, 2, 3, 4, 5, 6, 7], 7, 'own'), [1, 2, 3, 4, 5, 6, 7][7]);
delete Array.prototype[7];
console.log(put([1, 2, 3], 3, 'plain'));
