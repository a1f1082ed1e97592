// expect: 5:16: unsupported: spread
// Spread arguments are not in the subset.
console.log("must not print");
let xs = 1;
console.log(1, ...xs);
