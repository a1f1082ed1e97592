// expect: 4:19: unsupported: require('lodash'): kiln loads relative paths
// Packages (node_modules) and node's builtin modules beyond fs, path, util and os are not
// modelled: the diagnostic names what kiln does load.
const _ = require('lodash');
console.log("must not print");
