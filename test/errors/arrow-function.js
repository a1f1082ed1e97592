// expect: 4:14: unsupported: arrow
// Arrow functions (closures) are not in the subset yet.
console.log("must not print");
let double = (x) => x * 2;
