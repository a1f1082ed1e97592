// expect: 4:1: unsupported: with statement
// with puts an object's properties in scope (dynamic scoping): not supported yet.
console.log("must not print");
with ({ x: 1 }) {
  console.log(x);
}
