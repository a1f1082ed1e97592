// expect: 5:13: unsupported: member|property
// Member access other than the known builtins (console.log, Math.*, ...) is not in the subset.
console.log("must not print");
let s = "abc";
console.log(s.length);
