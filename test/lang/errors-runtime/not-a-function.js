// Calling a non-function value throws "TypeError: x is not a function" after the
// earlier output is printed.
let x = 5;
function real() {
  return "real";
}
console.log(real(), x);
console.log("about to call x");
x();
console.log("unreachable");
