// expect: 6:5: unsupported: throw
// throw is not in the subset yet, even inside a function that is never called.
console.log("must not print");
function fail(x) {
  if (x) {
    throw x;
  }
}
