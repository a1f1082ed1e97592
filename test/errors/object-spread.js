// expect: 5:22: unsupported: object spread
// Spread in object literals is not in the subset yet.
console.log("must not print");
const base = { a: 1 };
const copy = { b: 2, ...base };
