// expect: 4:19: unsupported: default
// Default parameter values are not in the subset.
console.log("must not print");
function scale(x, factor = 2) {
  return x * factor;
}
