// expect: 4:11: unsupported: require of anything but one string literal
// Only require('./literal/path') is resolved (statically, before running).
console.log("must not print");
const m = require('./' + 'x');
