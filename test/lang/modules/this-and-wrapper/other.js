exports.sameThis = this === exports;
exports.file = __filename.slice(__dirname.length);
exports.dir = __dirname === __filename.slice(0, __filename.lastIndexOf('/'));
