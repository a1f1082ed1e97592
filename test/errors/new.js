// expect: 5:19: unsupported: spread in a builtin call
// new with spread arguments is supported, but not for builtin constructors that are not values yet.
console.log("must not print");
const parts = [1, 2];
let t = new Array(...parts);
