// expect: 4:1: unsupported: generator
// Generators are not in the subset.
console.log("must not print");
function* counter() {
  yield 1;
}
