// expect: 4:1: SyntaxError
// Assignment to something that is not a reference.
console.log("must not print");
1 = 2;
