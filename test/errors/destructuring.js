// expect: 5:5: unsupported: destructuring|pattern
// Destructuring declarations are not in the subset.
console.log("must not print");
let src = 1;
let { a } = src;
