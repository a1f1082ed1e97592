// require as a value: typeof, passed around, called with node's module names (a file is
// required by a literal require, which the front end resolves).
const helper = require('./helper');
console.log(typeof require, require.main === module);
const load = require;
console.log(typeof load('fs').existsSync, load('node:path').basename('/a/b.txt'), load('util').format('%d-%s', 1, 'x'));
console.log(helper.twice(load('os').EOL.length));
const isNode = typeof module !== 'undefined' && typeof require === 'function';
console.log(isNode);
