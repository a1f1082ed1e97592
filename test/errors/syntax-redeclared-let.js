// expect: 5:5: SyntaxError
// Redeclaring a let binding in the same scope is an early SyntaxError.
console.log("must not print");
let a = 1;
let a = 2;
