// More of require('assert'): deep equality of nested values, classes, Maps and Sets, throws with
// validation objects, the falsy-expression message with the call's source text; an uncaught
// AssertionError ends the program as in node.
const assert = require('node:assert');
const { strict } = require('assert');
const t = (f) => { try { f(); console.log('passed'); } catch (e) { console.log(e.message); } };
t(() => assert.deepStrictEqual(new Set([1, 2]), new Set([1, 2])));
class P { constructor(x) { this.x = x; } }
t(() => assert.deepStrictEqual(new P(1), new P(1)));
t(() => assert.deepStrictEqual(new P(1), { x: 1 }));
t(() => assert.deepEqual(new P(1), { x: 1 }));
t(() => strict.equal(1, '1'));
t(() => assert.throws(() => { throw new Error('bad input'); }, { message: 'bad input', name: 'Error' }));
t(() => assert.throws(() => { throw new Error('bad input'); }, { message: /bad/ }));
t(() => assert.throws(() => 1, Error, 'should throw'));
t(() => assert.deepStrictEqual([1, [2, 3]], [1, [2, 4]]));
t(() => assert.strictEqual(NaN, NaN));
t(() => assert.deepStrictEqual(-0, 0));
assert.rejects(Promise.reject(new Error('r')), /r/).then(() => console.log('rejects ok'));
assert.rejects(Promise.resolve(1)).catch((e) => console.log(e.message));
function checked(x) { assert(x > 0); return x; }
t(() => checked(-1));
t(() => assert.strictEqual('hello world', 'hello there'));
t(() => assert.strictEqual(123456, 1234567));
t(() => assert.deepStrictEqual({ a: 1 }, { a: 1, b: 2 }));
t(() => assert.deepStrictEqual(null, undefined));
t(() => assert.deepStrictEqual([1], 1));
assert.strictEqual(2 + 2, 5);
