// expect: 4:1: unsupported: debugger
// debugger statements are not in the subset.
console.log("must not print");
debugger;
