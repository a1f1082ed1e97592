// expect: 4:12: unsupported: array
// Array literals are not in the subset yet.
console.log("must not print");
let list = [1, 2, 3];
