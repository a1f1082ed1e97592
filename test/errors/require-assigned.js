// expect: 4:1: unsupported: assignment require
// require may be read as a value (it finds node's modules by name), not reassigned.
console.log("must not print");
require = function () {};
