// node's own errors with an ERR_… code name it in their stack's header —
// `TypeError [ERR_INVALID_ARG_TYPE]: …` — which console.log and an uncaught report show;
// errors node makes without one (ENOENT, Invalid URL) and a program's own coded errors keep
// `Name: message`. Errors from natives, from host library calls and from kiln's JavaScript
// library modules alike. Ends with an uncaught ERR_UNHANDLED_ERROR.
const EventEmitter = require('events');
const { promisify } = require('util');
const { fileURLToPath } = require('url');
const header = (e) => e.stack.split('\n')[0];
const attempts = [
  () => process.on('x', 5),
  () => new EventEmitter().on('x', 'not a function'),
  () => promisify(5),
  () => fileURLToPath('http://example.com/x'),
  () => require('fs').readFileSync('/no/such/file'),
  () => new URL('not a url'),
  () => Buffer.alloc(-1),
  () => require('assert').strictEqual(1, 2),
  () => { const mine = new Error('my own'); mine.code = 'ERR_MINE'; throw mine; },
];
for (const attempt of attempts) {
  try { attempt(); console.log('no error'); } catch (e) { console.log(header(e), '|', e.name, '|', e.code); }
}
try { process.on('x', 5); } catch (e) {
  console.log(e.name, e.message, Object.keys(e));
  console.log(header(e) === `${e.name} [${e.code}]: ${e.message}`);
}
new EventEmitter().emit('error', 'boom');
