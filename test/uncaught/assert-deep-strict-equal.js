// A failed assert.deepStrictEqual nothing caught: node's report shows the line of node's
// assert that throws (node:assert:90, `throw new AssertionError(obj);`), then the error with
// its diff, generatedMessage, code, actual, expected and operator.
const assert = require('assert');
function totals(rows) { return rows.reduce((t, r) => ({ ...t, [r.k]: (t[r.k] || 0) + r.v }), {}); }
console.log('checking totals');
assert.deepStrictEqual(totals([{ k: 'a', v: 1 }, { k: 'b', v: 2 }, { k: 'a', v: 3 }]), { a: 4, b: 3 });
