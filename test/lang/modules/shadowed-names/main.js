// Module wrapper names are ordinary parameters: they can be shadowed and captured.
const lib = require('./lib');
function f(module) { return module + 1; }
console.log(f(1), lib.getExports() === lib);
var exportsCopy = exports;
console.log(exportsCopy === module.exports);
const capture = () => module.exports === exports;
console.log(capture());
