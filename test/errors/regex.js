// expect: 4:9: unsupported: regex|regular expression|regexp
// Regular expression literals are not in the subset.
console.log("must not print");
let r = /ab+c/;
