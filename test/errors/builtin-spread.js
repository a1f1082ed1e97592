// expect: 5:22: unsupported: spread
// Spread arguments to builtin calls (other than Math.max/min, String.fromCharCode) are not in the subset yet.
console.log("must not print");
const args = ["10", 2];
console.log(parseInt(...args));
