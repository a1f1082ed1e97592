// expect: 4:17: unsupported: rest
// Rest parameters are not in the subset.
console.log("must not print");
function all(a, ...more) {
  return a;
}
