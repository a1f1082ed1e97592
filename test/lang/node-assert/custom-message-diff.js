// assert.strictEqual / deepStrictEqual with a message of the caller's: node keeps the
// comparison below it (`a !== b` for short primitives, the + actual - expected diff for
// objects), except for objects of the same structure (its own first line); an Error as
// the message is thrown itself. The other assertions show the message alone.
const assert = require('assert');
function report(f) {
  try { f(); console.log('passed'); } catch (e) { console.log(e.name, JSON.stringify(e.message), e.generatedMessage); }
}
report(() => assert.strictEqual(1, 2, 'numbers'));
report(() => assert.strictEqual('a', 'b', 'strings'));
report(() => assert.strictEqual({ a: 1 }, { a: 1 }, 'same structure'));
report(() => assert.strictEqual({ a: 1 }, { a: 2 }, 'objects'));
report(() => assert.deepStrictEqual({ a: 1 }, { a: 2 }, 'deep objects'));
report(() => assert.deepStrictEqual([1, 2, 3], [1, 2, 4], 'deep arrays'));
report(() => assert.deepStrictEqual(1, 2, 'deep primitives'));
report(() => assert.deepStrictEqual({ a: 1 }, { a: 1 }, 'equal'));
report(() => assert.deepEqual({ a: 1 }, { a: 2 }, 'loose'));
report(() => assert.equal(1, 2, 'equal msg'));
report(() => assert.notStrictEqual(1, 1, 'not strict'));
report(() => assert.strictEqual(1, 2, new TypeError('my own error')));
report(() => assert.deepStrictEqual([1], [2], new RangeError('deep own error')));
report(() => assert.strictEqual(1, 2));
report(() => assert.deepStrictEqual({ x: [1] }, { x: [2] }));
