// expect: 4:10: SyntaxError
// An invalid regular expression is an early SyntaxError: nothing runs.
console.log("must not print");
let r = /ab(c/;
