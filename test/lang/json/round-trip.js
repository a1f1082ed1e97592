// stringify then parse gives equal data; hot loops over both.
function roundTrip(x) { return JSON.parse(JSON.stringify(x)); }
const data = { id: 7, tags: ['a', 'b'], nested: { ok: true, score: 0.25, list: [1, 2, 3] } };
let total = 0;
for (let i = 0; i < 500; i++) {
  const copy = roundTrip(data);
  total += copy.nested.list[i % 3] + copy.tags.length;
}
console.log(total, roundTrip(data));
console.log(JSON.stringify(roundTrip([1, 'x', null, { y: [false] }])));
