// expect: 6:10: unsupported: delete of an element of a mapped arguments object
// A sloppy function with simple parameters that assigns one and reads arguments gets a mapped
// arguments object (its parameters live there); deleting an element would lose its value.
console.log("must not print");
function f(a) {
  delete arguments[0];
  a = 2;
  return a;
}
f(1);
