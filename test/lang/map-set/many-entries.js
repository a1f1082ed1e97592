// Many entries: growth, deletes of every other key, re-adds (the store compacts).
const m = new Map();
for (let i = 0; i < 5000; i++) m.set('k' + i, i);
for (let i = 0; i < 5000; i += 2) m.delete('k' + i);
console.log(m.size, m.get('k1'), m.get('k2'), m.get('k4999'));
for (let i = 0; i < 100; i++) m.set('k' + i, -i);
let sum = 0;
m.forEach((v) => { sum += v; });
console.log(m.size, sum, [...m.keys()].slice(-3));
const s = new Set();
for (let i = 0; i < 20000; i++) s.add(i % 777);
console.log(s.size);
