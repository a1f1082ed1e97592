// expect: 5:22: unsupported: spread
// Spread arguments to builtin calls (Math.max(...xs)) are not in the subset yet.
console.log("must not print");
const xs = [3, 1, 2];
console.log(Math.max(...xs));
