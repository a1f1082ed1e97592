// Required by main.js: not the entry module.
exports.isMain = require.main === module;
if (require.main === module) console.log('helper must not print this');
