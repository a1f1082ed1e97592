// A require whose file does not exist throws node's error when it runs (not before).
console.log('runs first');
const ok = require('./present');
console.log(ok.value);
require('./absent');
console.log('never');
