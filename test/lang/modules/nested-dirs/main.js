// Relative paths resolve from the requiring file's directory: ./, ../, index.js of a folder.
const deep = require('./a/b/deep');
const a = require('./a');
console.log(deep.name, deep.up, a.name, a.child);
