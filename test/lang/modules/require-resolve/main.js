// require.resolve: the module loader's answer for a literal specifier — a file's absolute
// path (extensions and index.js found as require finds them), a builtin module's name as
// written, or node's MODULE_NOT_FOUND error — from the top level and from a function.
const path = require('path');
const rel = (p) => path.relative(__dirname, p);
console.log(rel(require.resolve('./lib/util')), rel(require.resolve('./lib/util.js')), rel(require.resolve('./data.json')), rel(require.resolve('./pkg')));
console.log(require.resolve('fs'), require.resolve('node:path'), require.resolve('events'));
function later() { return rel(require.resolve('./lib/util')); }
console.log(later());
try { require.resolve('./nope'); } catch (e) { console.log(e.code, e.message.split('\n')[0]); }
