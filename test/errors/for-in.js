// expect: 5:1: unsupported: for-in|for...in|for in|forin
// for...in enumerates properties: not in the subset.
console.log("must not print");
let s = "abc";
for (let k in s) console.log(k);
