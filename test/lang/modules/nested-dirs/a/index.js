exports.name = 'a/index';
exports.child = require('./b/deep').name;
