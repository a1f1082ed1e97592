// expect: 5:12: unsupported: update of a super property
// `super.x = v` is supported in class methods, `super.x++` is not yet.
console.log("must not print");
class Counter extends Object {
  bump() { super.count++; }
}
