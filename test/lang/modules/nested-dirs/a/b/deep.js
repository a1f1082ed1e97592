exports.name = 'a/b/deep';
exports.up = require('../../top').value;
