// expect: 5:15: unsupported: direct eval inside a with statement
// Direct eval code would have to see the with object's properties as names: not supported.
console.log("must not print");
with ({ x: 1 }) {
  console.log(eval('x'));
}
