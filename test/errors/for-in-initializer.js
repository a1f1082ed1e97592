// expect: 5:10: unsupported: initializer in a for-in head
// The sloppy-mode `for (var k = init in o)` form is not in the subset.
console.log("must not print");
const o = { a: 1 };
for (var k = "x" in o) console.log(k);
