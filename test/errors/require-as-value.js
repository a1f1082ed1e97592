// expect: 4:11: unsupported: 'require' used other than as require('./path')
// require is resolved at its calls; as a value it would need a dynamic loader.
console.log("must not print");
const r = require;
