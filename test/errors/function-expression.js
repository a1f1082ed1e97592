// expect: 4:10: unsupported: function expression
// Function expressions are not in the subset (only declarations).
console.log("must not print");
let sq = function (x) {
  return x * x;
};
