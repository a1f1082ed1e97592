// expect: 4:8: SyntaxError
// const without an initializer.
console.log("must not print");
const c;
