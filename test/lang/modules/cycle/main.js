// node's documented cycle: b sees the partial exports of a, which is still loading.
console.log('main starting');
const a = require('./a.js');
const b = require('./b.js');
console.log('in main, a.done = ' + a.done + ', b.done = ' + b.done);
