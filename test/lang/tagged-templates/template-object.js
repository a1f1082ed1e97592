const id = (s) => s;
const s = id`a${1}b`;
console.log(s, s.raw, Object.keys(s), 'raw' in s);
for (const k in s) console.log('key', k);
console.log([...s], s.length, s.raw.length);
