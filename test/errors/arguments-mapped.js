// expect: 6:10: unsupported: arguments object assigns parameters
// A sloppy function with simple parameters maps arguments[i] to them: kiln's is a copy.
console.log("must not print");
function f(a) {
  a = 2;
  return arguments[0];
}
f(1);
