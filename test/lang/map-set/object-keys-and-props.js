// A Map is an object: own properties print beside the entries; size is not an own key.
const m = new Map([['a', 1]]);
m.label = 'tagged';
console.log(m, Object.keys(m), m.label, m.size);
console.log(JSON.stringify(m), JSON.stringify({ s: new Set([1]) }));
const o = { m };
console.log(o.m.get('a'), typeof m.get, typeof m.forEach);
