// assert.throws / rejects against a class, a RegExp, a validation function and an object of
// properties (node's Comparison diff, an Error as the object), their failure messages,
// rejects' and doesNotReject's argument errors (rejections), assert.match and assert.strict.
const assert = require('assert');
try { assert.deepStrictEqual({a:1}, {a:2}); } catch (e) { console.log(e.name, e.code, e.operator, e.generatedMessage, e.message); }
assert.throws(() => { throw new TypeError('x'); }, TypeError);
assert.throws(() => { throw new TypeError('xyz'); }, /xyz/);
assert.throws(() => { throw new TypeError('xyz'); }, { name: 'TypeError', message: 'xyz' });
assert.throws(() => { throw new TypeError('xyz'); }, { message: /y/ });
try { assert.throws(() => { throw new TypeError('xyz'); }, RangeError); } catch (e) { console.log(e.name, e.code, e.message); }
try { assert.throws(() => { throw new TypeError('xyz'); }, { message: 'abc' }); } catch (e) { console.log(e.name, e.code, e.message); }
try { assert.throws(() => {}); } catch (e) { console.log(e.name, e.code, e.message); }
try { assert.throws(() => {}, TypeError, 'custom'); } catch (e) { console.log(e.name, e.code, e.message); }
try { assert.throws(() => { throw new Error('e'); }, (err) => err.message === 'no'); } catch (e) { console.log(e.name, e.code, e.message); }
try { assert.throws(() => { throw new Error('e'); }, /nomatch/); } catch (e) { console.log(e.name, e.code, e.message); }
assert.match('abc', /b/);
try { assert.match('abc', /z/); } catch (e) { console.log(e.name, e.code, e.message); }
try { assert.doesNotMatch('abc', /b/); } catch (e) { console.log(e.name, e.code, e.message); }
try { assert.match(5, /z/); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(assert.strict === assert.strict.strict, typeof assert.strict.equal, assert.strict.equal === assert.strictEqual);
try { assert.strict.equal(1, 2); } catch (e) { console.log(e.name, e.code, e.message); }
try { assert.strict.deepEqual([1], ['1']); } catch (e) { console.log(e.name, e.code, e.message); }
try { assert.equal(1, 2); } catch (e) { console.log(e.name, e.code, e.message); }
try { assert.notStrictEqual(1, 1); } catch (e) { console.log(e.name, e.code, e.message); }
try { assert(false); } catch (e) { console.log(e.name, e.code, e.message); }
try { assert.ok(0, 'zero'); } catch (e) { console.log(e.name, e.code, e.message); }
try { assert.fail('boom'); } catch (e) { console.log(e.name, e.code, e.message); }
try { assert.ifError(new Error('iferr')); } catch (e) { console.log(e.name, e.code, e.message); }
try { assert.deepEqual({a:[1,2]}, {a:[1,3]}); } catch (e) { console.log(e.name, e.code, e.message); }
try { assert.notDeepStrictEqual({a:1}, {a:1}); } catch (e) { console.log(e.name, e.code, e.message); }
try { assert.doesNotThrow(() => { throw new Error('dnt'); }); } catch (e) { console.log(e.name, e.code, e.message); }
try { assert.doesNotThrow(() => { throw new Error('dnt'); }, 'msg'); } catch (e) { console.log(e.name, e.code, e.message); }
(async () => {
  await assert.rejects(Promise.reject(new Error('r')), /r/);
  await assert.rejects(async () => { throw new TypeError('t'); }, TypeError);
  await assert.rejects(Promise.reject(new Error('r')), { message: 'r' });
  try { await assert.rejects(Promise.resolve(1)); } catch (e) { console.log(e.name, e.code, e.message); }
  try { await assert.rejects(Promise.reject(new Error('r')), RangeError); } catch (e) { console.log(e.name, e.code, e.message); }
  try { await assert.doesNotReject(Promise.reject(new Error('dnr'))); } catch (e) { console.log(e.name, e.code, e.message); }
  try { await assert.rejects(5); } catch (e) { console.log(e.name, e.code, e.message); }
  console.log('done');
})();
(async () => {
  await new Promise((r) => setTimeout(r, 5));
  for (const v of [5, null, {}, () => 5, () => undefined, () => ({ then() {} }), () => { throw new Error('sync'); }]) {
    try { await assert.rejects(v); console.log('resolved'); } catch (e) { console.log(e.name, e.code, e.message); }
    try { await assert.doesNotReject(v); console.log('dnr resolved'); } catch (e) { console.log(e.name, e.code, e.message); }
  }
  try { assert.throws(() => { throw new TypeError('xyz'); }, { message: 'abc', name: 'TypeError' }); } catch (e) { console.log(e.message); }
  try { assert.throws(() => { throw new TypeError('xyz'); }, { message: 'abc', name: 'RangeError', code: 5 }); } catch (e) { console.log(e.message); }
  try { assert.throws(() => { throw new TypeError('xyz'); }, { message: /abc/ }); } catch (e) { console.log(e.message); }
  try { assert.throws(() => { throw new TypeError('xyz'); }, { message: /x/, name: 'Nope' }); } catch (e) { console.log(e.message); }
  try { assert.throws(() => { throw new TypeError('xyz'); }, { nope: 1 }); } catch (e) { console.log(e.message); }
  try { assert.throws(() => { throw new Error('e'); }, function named(err) { return false; }); } catch (e) { console.log(e.message); }
  try { assert.throws(() => { throw 5; }, { message: 'abc' }); } catch (e) { console.log(e.message); }
  try { assert.throws(() => { throw new TypeError('xyz'); }, new TypeError('abc')); } catch (e) { console.log(e.message); }
  assert.throws(() => { throw new TypeError('xyz'); }, new TypeError('xyz'));
  try { assert.throws(() => { throw new TypeError('xyz'); }, { message: 'abc' }, 'mine'); } catch (e) { console.log(e.message, e.generatedMessage); }
})();
