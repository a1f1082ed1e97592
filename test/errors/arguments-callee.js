// expect: 5:10: unsupported: arguments.callee
// kiln's arguments object has no callee: rejected rather than read as undefined.
console.log("must not print");
function f() {
  return arguments.callee;
}
f();
