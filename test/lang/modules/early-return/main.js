// A module's top level may return early (node's wrapper is a function); exports so far stay.
const lib = require('./lib');
console.log(lib.a, lib.b, Object.keys(lib));
if (lib.a === 1) return;
console.log('never printed');
