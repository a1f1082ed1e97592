// expect: 5:19: unsupported: spread in a new expression
// new is supported, but not with spread arguments.
console.log("must not print");
function Thing(a, b) {}
let t = new Thing(...[1, 2]);
