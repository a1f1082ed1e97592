// A failed assert()/assert.ok nothing caught: node throws it from node:internal/assert/utils
// (`throw err;`), which its report shows above the error (message: the call's source text).
const assert = require('assert');
const items = ['a', 'b'];
assert(items.length === 2);
assert.ok(items.includes('c'));
