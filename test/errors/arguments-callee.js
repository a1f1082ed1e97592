// expect: 5:29: unsupported: arguments.callee
// kiln's arguments object has no callee property: `arguments.callee` of the running function
// compiles, but read from an arrow (the enclosing function's) it is rejected rather than undefined.
console.log("must not print");
function f() { return () => arguments.callee; }
f()();
