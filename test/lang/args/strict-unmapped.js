'use strict';
// A strict function's arguments object is unmapped: writes to parameters and to arguments[i]
// do not reach each other.
function f(a, b) { if (b === undefined) b = 2; a = a * 10; return [a, b, arguments[0], arguments[1], arguments.length]; }
console.log(f(1), f(1, 5));
function g(x) { arguments[0] = 99; return [x, arguments[0]]; }
console.log(g(1));
