// expect: 4:20: unsupported: require('fs'): only relative paths
// node's builtin modules and packages are not modelled: only relative paths are.
console.log("must not print");
const fs = require('fs');
