// expect: 5:1: SyntaxError
// `with` is sloppy code's: in strict code it is an early SyntaxError, and nothing runs.
'use strict';
console.log("must not print");
with ({ x: 1 }) {
  console.log(x);
}
