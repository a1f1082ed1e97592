// expect: 5:7: SyntaxError
// Unbalanced parentheses in an if condition.
console.log("must not print");
let x = 1;
if (x { console.log(x); }
