// Spread and for...of over maps, sets and their keys/values/entries.
const m = new Map([['a', 1], ['b', 2]]);
for (const [k, v] of m) console.log(k, v);
for (const e of m.entries()) console.log(e);
for (const k of m.keys()) console.log(k);
for (const v of m.values()) console.log(v);
const s = new Set([3, 4]);
for (const v of s) console.log(v);
console.log([...s, ...m.values()], Math.max(...s));
const [[firstKey]] = m;
const [x, y] = s;
console.log(firstKey, x, y);
console.log([...new Set([1, 2, 2, 3, 3, 3])].length);
