// expect: 5:1: unsupported: for-of|for...of|for of|forof
// for...of needs iterables: not in the subset.
console.log("must not print");
let s = "abc";
for (const ch of s) console.log(ch);
