// Indentation: a number of spaces (capped at 10) or a string (first 10 characters).
const data = { name: 'kiln', list: [1, 2, { deep: true }], empty: [], none: {} };
console.log(JSON.stringify(data, null, 2));
console.log(JSON.stringify(data, null, '--'));
console.log(JSON.stringify([1, [2]], null, 20));
console.log(JSON.stringify({ a: 1 }, null, 0), JSON.stringify({ a: 1 }, null, ''));
console.log(JSON.stringify({ a: 1, b: 2, c: 3 }, ['c', 'a']));
