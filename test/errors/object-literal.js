// expect: 4:9: unsupported: object
// Object literals are not in the subset yet; the whole program is rejected before it runs.
console.log("must not print");
let o = { a: 1 };
