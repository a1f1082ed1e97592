// expect: 5:12: unsupported: object rest pattern
// Rest elements in object patterns are not in the subset yet (array rest is).
console.log("must not print");
const src = { a: 1, b: 2 };
const { a, ...others } = src;
