// Each kind of assertion failure is thrown from the line of node's assert that throws it
// (node:assert:90 for the comparisons, utils:281 for ok, 137 for fail, 768 for match, 491 for
// a throws() mismatch): caught here, the errors are node's in every printed property.
const assert = require('assert');
const cases = {
  strictEqual: () => assert.strictEqual(1, 2),
  ok: () => assert.ok(0),
  okError: () => assert.ok(0, new RangeError('own error')),
  fail: () => assert.fail('boom'),
  failError: () => assert.fail(new TypeError('given')),
  match: () => assert.match('abc', /x/),
  doesNotMatch: () => assert.doesNotMatch('abc', /b/),
  throwsClass: () => assert.throws(() => { throw new Error('a'); }, TypeError),
  throwsObject: () => assert.throws(() => { throw new Error('a'); }, { message: 'b' }),
  throwsMissing: () => assert.throws(() => {}),
  ifError: () => assert.ifError('bad'),
};
for (const [name, fn] of Object.entries(cases)) {
  try {
    fn();
  } catch (e) {
    console.log(name, e.name, e.code, e.operator, e.generatedMessage, JSON.stringify(e.message));
  }
}
