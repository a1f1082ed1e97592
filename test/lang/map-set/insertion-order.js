// Iteration follows insertion order; re-setting a key keeps its place, delete + set moves it.
const m = new Map();
for (const k of ['b', 'a', 'c', 10, 2]) m.set(k, String(k).toUpperCase());
m.set('a', 'again');
console.log([...m.keys()]);
m.delete('b');
m.set('b', 'B2');
console.log([...m.entries()]);
const s = new Set([5, 3, 9]);
s.delete(5);
s.add(5);
console.log([...s], [...s.values()], [...s.keys()]);
const o = { 2: 'x', 1: 'y' };
const fromObject = new Map(Object.entries(o));
console.log([...fromObject]);
