// expect: 5:3: unsupported: function block
// Function declarations are allowed only at top level and at function-body top level.
console.log("must not print");
if (true) {
  function inBlock() {
    return 1;
  }
}
