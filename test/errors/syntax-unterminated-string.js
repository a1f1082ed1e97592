// expect: 4:13: SyntaxError
// An unterminated string literal.
console.log("must not print");
console.log("oops);
