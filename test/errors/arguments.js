// expect: 5:10: unsupported: arguments
// The arguments object is not in the subset.
console.log("must not print");
function count() {
  return arguments;
}
