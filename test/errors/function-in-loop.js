// expect: 6:5: unsupported: function
// A function declaration inside a loop body (a block) inside a function.
console.log("must not print");
function outer() {
  for (let i = 0; i < 3; i++) {
    function perIteration() {}
  }
}
