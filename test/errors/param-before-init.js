// expect: 4:20: unsupported: parameter 'factor' used before it is initialized
// A default value may use only the parameters before it (node: TDZ ReferenceError).
console.log("must not print");
function scale(x = factor, factor) {
  return x * factor;
}
