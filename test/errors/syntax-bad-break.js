// expect: 5:3: SyntaxError
// break outside of any loop or switch is an early SyntaxError.
console.log("must not print");
function f() {
  break;
}
