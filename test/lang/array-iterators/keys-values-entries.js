// Array.prototype.keys/values/entries and [Symbol.iterator]: next() results, for-of with
// destructuring, spread, holes (read as undefined), elements appended or removed while
// iterating, exhausted iterators staying done, the iterators' prototype chain and tags.
const arr = ['a', , 'c'];
const it = arr.entries();
console.log(it.next(), it.next(), it.next(), it.next(), it.next());
for (const [i, v] of ['x', 'y'].entries()) console.log(i, v);
console.log([...arr.keys()], [...arr.values()], [...arr.entries()], Array.from(arr.keys()));
console.log(Array.prototype[Symbol.iterator] === Array.prototype.values, [][Symbol.iterator].name, [].values.name, [].keys.length);
const growing = [1, 2];
const seen = [];
for (const v of growing.values()) { seen.push(v); if (growing.length < 4) growing.push(v * 10); }
console.log(seen);
const shrinking = [1, 2, 3, 4];
const vs = shrinking.values();
console.log(vs.next().value, (shrinking.length = 1, vs.next()), (shrinking.push(9), vs.next()));
const k = [7].keys();
console.log(Object.prototype.toString.call(k), k[Symbol.iterator]() === k, typeof k.next, Object.getPrototypeOf(Object.getPrototypeOf(k)) === Object.getPrototypeOf(Object.getPrototypeOf(new Map().keys())));
console.log(k, [1].entries(), String(k));
const map = new Map([[1, 'one']]);
const mi = map.entries();
console.log(mi[Symbol.iterator]() === mi, Object.prototype.toString.call(mi), [...new Set([3, 4]).values()]);
try { [].keys().next.call({}); } catch (e) { console.log(e.constructor.name, e.message); }
let total = 0;
for (let round = 0; round < 50; round++) for (const [i, v] of [5, 6, 7].entries()) total += i * v;
console.log(total);
