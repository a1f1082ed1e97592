// require.resolve as a value (not a literal call the front end resolves): a function, and a
// call with a computed specifier resolves from the calling module's file as node does.
const path = require('path');
console.log(typeof require.resolve, require.resolve.name, require.resolve.length);
const name = './lib/' + 'helper';
console.log(path.relative(__dirname, require.resolve(name)));
const resolve = require.resolve;
console.log(path.relative(__dirname, resolve('./lib/helper.js')), resolve('node:fs'), resolve('os'));
try { resolve('./lib/' + 'missing'); } catch (e) { console.log(e.code, e.message.split('\n')[0]); }
