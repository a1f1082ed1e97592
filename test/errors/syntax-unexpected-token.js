// expect: 4:9: SyntaxError
// A plain syntax error: nothing runs.
console.log("must not print");
let x = ;
