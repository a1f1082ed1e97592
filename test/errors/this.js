// expect: 5:10: unsupported: this
// this is not in the subset (even though node's top-level this is module.exports).
console.log("must not print");
function f() {
  return this;
}
