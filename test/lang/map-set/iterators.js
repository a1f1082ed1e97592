// keys()/values()/entries() return live iterators with next(); they print as node's.
const m = new Map([['a', 1], ['b', 2], ['c', 3]]);
const keys = m.keys();
console.log(keys, m.values(), m.entries());
console.log(keys.next(), keys);
for (const k of keys) console.log('rest', k);
console.log(keys.next(), keys.next().done);
const s = new Set(['x', 'y']);
console.log(s.values(), s.entries(), s.keys().next());
const e = m.entries();
e.next();
console.log([...e], e.next());
const late = s.values();
s.add('z');
console.log([...late]);
const v = m.values();
m.delete('a');
console.log(v.next().value, typeof v.next);
