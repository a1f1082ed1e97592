// An error thrown while a required module runs propagates out of require.
console.log('start');
const lib = require('./lib');
console.log(lib.ok);
lib.broken();
