// assert.ok / assert(value) without a message: node's message names the call as node's
// parse of the source finds it (one line, several lines, a method call), or `value == true`.
const assert = require('assert');
try { assert.ok(0); } catch (e) { console.log(JSON.stringify(e.message)); }
try { assert(false); } catch (e) { console.log(JSON.stringify(e.message)); }
function check(v) { assert.ok(v); }
try { check(''); } catch (e) { console.log(JSON.stringify(e.message)); }
for (const fn of [
  () => assert.ok(0),
  () => assert(null),
]) { try { fn(); } catch (e) { console.log(JSON.stringify(e.message)); } }
const fns = [() => assert.ok(0)];
try { fns[0](); } catch (e) { console.log(JSON.stringify(e.message)); }
try { assert.ok(typeof 123 === 'string'); } catch (e) { console.log(JSON.stringify(e.message)); }
try {
  assert.ok(1 >
    2);
} catch (e) { console.log(JSON.stringify(e.message)); }
const { ok } = assert;
try { ok(''); } catch (e) { console.log(JSON.stringify(e.message), e.generatedMessage); }
try { assert.ok(
  false,
); } catch (e) { console.log(JSON.stringify(e.message)); }
const table = { check: (v) => assert.equal(typeof v, 'number') };
try { [1, 'x'].forEach((v) => assert(typeof v === 'number')); } catch (e) { console.log(JSON.stringify(e.message)); }
try { table.check('s'); } catch (e) { console.log(e.message.split('\n')[0]); }
try { assert.ok('\u0007' === 'bell'); } catch (e) { console.log(JSON.stringify(e.message)); }
