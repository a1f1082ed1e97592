// expect: 4:1: unsupported: class
// Classes are not in the subset yet.
console.log("must not print");
class Point {}
