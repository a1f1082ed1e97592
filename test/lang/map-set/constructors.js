// new Map(entries), new Set(iterable): arrays, strings, other maps and sets.
const m = new Map([['x', 1], ['y', 2], ['x', 3]]);
console.log(m.size, m.get('x'), [...m]);
const copy = new Map(m);
copy.set('z', 4);
console.log(m.size, copy.size);
console.log(new Set('hello'), new Set([3, 1, 3, 2]).size);
console.log(new Set(new Set([1, 2])), new Map(null).size, new Set(undefined).size);
const fromSet = new Set(m.keys());
console.log(fromSet.has('y'));
