// new Map/Set/WeakMap/WeakSet (and subclasses) from generators, user iterables, regexp
// match iterators and typed arrays: the iterator is stepped one value at a time, each value
// added through the object's own set/add; a bad entry or a throwing adder closes it.
function* pairs() { yield ['a', 1]; yield ['b', 2]; yield ['a', 3]; }
function* values() { yield 1; yield 2; yield 1; }
console.log(new Set(values()).size, new Map(pairs()).size, new Map(pairs()).get('a'));
console.log(new Set({ [Symbol.iterator]: function* () { yield 'x'; yield 'y'; } }));
console.log(new Map({ [Symbol.iterator]() { let i = 0; return { next: () => (i < 2 ? { value: [i, i++ * i], done: false } : { done: true, value: 9 }) }; } }));
console.log(new Set('abca'.matchAll(/a/g)).size, [...new Set(new Uint8Array([1, 1, 2]))]);
console.log(new Map([new Uint8Array([7, 8])]), new Map(new Map([[1, 2]]).entries()));
const key = {};
function* weakPairs() { yield [key, 'v']; }
function* weakValues() { yield key; }
console.log(new WeakMap(weakPairs()).get(key), new WeakSet(weakValues()).has(key));

// Interleaving: next() and the adder alternate, as in node.
function logging(items) {
  let i = 0;
  return {
    [Symbol.iterator]() { return this; },
    next() { console.log('next', i); return i < items.length ? { value: items[i++], done: false } : { value: undefined, done: true }; },
    return() { console.log('return'); return {}; },
  };
}
class LoudSet extends Set { add(v) { console.log('add', v); if (v === 'boom') throw new Error('adder threw'); return super.add(v); } }
class LoudMap extends Map { set(k, v) { console.log('set', k, v); return super.set(k, v); } }
console.log(new LoudSet(logging(['p', 'q'])).size, new LoudMap(logging([['k', 1]])).size);
const cases = {
  badEntry: () => new Map(logging([['k', 1], 3, ['never', 0]])),
  stringEntry: () => new Map(['ab']),
  symbolEntry: () => new Map([Symbol('s')]),
  nullEntry: () => new Map(logging([null])),
  weakMapBadEntry: () => new WeakMap(logging([[{}, 1], 'x'])),
  weakSetBadValue: () => new WeakSet(logging([{}, 1])),
  adderThrows: () => new LoudSet(logging(['a', 'boom', 'c'])),
  numberNotIterable: () => new Set(5),
  symbolNotIterable: () => new Map(Symbol('t')),
  iteratorNotCallable: () => new Set({ [Symbol.iterator]: 5 }),
  iteratorNotObject: () => new Set({ [Symbol.iterator]() { return 5; } }),
  nextNotCallable: () => new Set({ [Symbol.iterator]() { return { next: 5 }; } }),
  resultNotObject: () => new Set({ [Symbol.iterator]() { return { next() { return 3; } }; } }),
  generatorThrows: () => new Set((function* () { yield 1; throw new RangeError('from generator'); })()),
  subclassNotIterable: () => new (class extends Map {})(7),
  bigintNotIterable: () => new Set(5n),
  functionNotIterable: () => new WeakSet(function () {}),
  nextBigInt: () => new Set({ [Symbol.iterator]() { return { next: 1n }; } }),
};
for (const [name, make] of Object.entries(cases)) {
  try { console.log(name, make()); } catch (e) { console.log(name, e.constructor.name, e.message); }
}
// return() throwing does not replace the adder's exception.
const closer = { [Symbol.iterator]() { return { next: () => ({ value: 'boom', done: false }), return() { throw new Error('from return'); } }; } };
try { new LoudSet(closer); } catch (e) { console.log(e.constructor.name, e.message); }
// A replaced Map.prototype.set / Set.prototype.add runs for every kind of iterable.
const originalSet = Map.prototype.set;
const originalAdd = Set.prototype.add;
Map.prototype.set = function (k, v) { console.log('patched set', k, v); return originalSet.call(this, k, v); };
Set.prototype.add = function (v) { console.log('patched add', v); return originalAdd.call(this, v); };
console.log(new Map([[1, 2]]), new Map(pairs()).size, new Set('xy'), new Set(values()).size);
Map.prototype.set = originalSet;
Set.prototype.add = originalAdd;
console.log(new Map([[1, 2]]), new Set('xy'));
// Many values from a generator (collections run meanwhile under --gc-stress).
function* many() { for (let i = 0; i < 2000; i++) yield [{ i }, 'v' + i]; }
const big = new Map(many());
let total = 0;
for (const [k] of big) total += k.i;
console.log(big.size, total, new Set((function* () { for (let i = 0; i < 3000; i++) yield 'k' + (i % 700); })()).size);
