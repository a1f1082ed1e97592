// Top-level this is module.exports; __filename and __dirname are absolute paths.
console.log(this === module.exports, this === exports);
this.viaThis = 1;
console.log(module.exports.viaThis);
const arrow = () => this;
console.log(arrow() === exports);
const other = require('./other');
console.log(other.sameThis, other.file, other.dir);
console.log(__filename.endsWith('main.js'), __dirname.endsWith('this-and-wrapper'));
console.log(typeof module, typeof exports, typeof __filename, typeof __dirname);
