// require of JSON modules: by full name and by extension search, a directory's index.json,
// a byte-order mark, the cache (one object per file), node's SyntaxError prefixed with the path.
const data = require('./data.json');
const again = require('./data');
console.log(data, data === again, require('./conf'), require('./bom.json'));
data.name = 'changed';
console.log(require('./data.json').name);
try { require('./bad.json'); } catch (e) { console.log(e.name, e.message.replace(__dirname, '<dir>')); }
