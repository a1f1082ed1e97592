// Array.from over arrays (a new array, holes read as undefined), strings by code point,
// Map/Set and their iterators, user iterables, array-likes; the map function and its
// thisArg; Array.of; their errors.
const src = [1, , 3];
const copy = Array.from(src);
console.log(copy, copy !== src, Array.from('héllo😀'), Array.from(new Set([1, 2, 2, 3])), Array.from(new Map([[1, 'a']])));
console.log(Array.from(new Map([[1, 'a'], [2, 'b']]).keys()), Array.from({ length: 3 }), Array.from({ length: 3 }, (_, i) => i * i));
console.log(Array.from({ length: 2, 0: 'x', 1: 'y', 2: 'z' }), Array.from({ length: '2', 0: 'a' }), Array.from({}), Array.from(5), Array.from(true));
console.log(Array.from([1, 2, 3], (x, i) => x * 10 + i), Array.from([1], function (x) { return this.base + x; }, { base: 7 }));
class Range { constructor(n) { this.n = n; } [Symbol.iterator]() { let i = 0; const n = this.n; return { next: () => (i < n ? { value: i++, done: false } : { value: undefined, done: true }) }; } }
console.log(Array.from(new Range(4)), Array.from(new Range(3), (x) => -x));
console.log(Array.of(), Array.of(7), Array.of(1, 'a', null), Array.of(undefined).length);
for (const bad of [undefined, null]) { try { Array.from(bad); } catch (e) { console.log(e.constructor.name, e.message); } }
try { Array.from([1], 'nope'); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(Array.from.length, Array.of.length, Array.from.name);
