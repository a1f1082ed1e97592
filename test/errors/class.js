// expect: 5:3: unsupported: computed class member name
// Classes are supported, but not computed member names.
console.log("must not print");
class Point {
  ["x" + 1]() { return 1; }
}
