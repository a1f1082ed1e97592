// expect: 5:10: unsupported: direct eval
// A direct eval would need the caller's scope; an indirect one runs in the global scope.
console.log("must not print");
function f(code) {
  return eval(code);
}
f('1');
