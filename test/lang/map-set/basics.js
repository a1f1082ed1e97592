// Map and Set basics: construction, size, get/set/has/delete/clear, chaining.
const m = new Map();
console.log(m.size, m.get('a'), m.has('a'));
console.log(m.set('a', 1) === m, m.set('b', 2).set('c', 3).size);
console.log(m.get('b'), m.has('c'), m.delete('c'), m.delete('c'), m.size);
m.set('a', 10);
console.log(m.get('a'), m.size);
m.clear();
console.log(m.size, m.get('a'));
const s = new Set();
console.log(s.add(1) === s, s.add(2).add(1).size, s.has(1), s.has(3));
console.log(s.delete(1), s.delete(1), s.size);
s.clear();
console.log(s.size);
