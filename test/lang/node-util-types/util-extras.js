// util's other helpers: callbackify (the callback after the promise settles, on nextTick;
// a falsy rejection wrapped in ERR_FALSY_VALUE_REJECTION; name and length), deprecate (the
// wrapped function still runs, `new` too; the warning goes to stderr once), debuglog (off
// without NODE_DEBUG), inspect.custom, formatWithOptions, stripVTControlCharacters,
// toUSVString, isArray.
const util = require('util');

console.log(typeof util.inspect.custom, util.inspect.custom === Symbol.for('nodejs.util.inspect.custom'), String(util.inspect.custom));
console.log(util.formatWithOptions({ compact: false }, '%s and %o', 'text', { a: 1 }), util.formatWithOptions({}, 'n=%d', 42));
console.log(util.stripVTControlCharacters('\u001b[31mred\u001b[0m plain'), JSON.stringify(util.toUSVString('a\ud800b')));
console.log(util.isArray([]), util.isArray({ length: 0 }), util.isArray((function () { return arguments; })()));

async function add(a, b) { return a + b; }
const addCb = util.callbackify(add);
console.log(addCb.name, addCb.length, typeof addCb);
const order = [];
addCb(1, 2, (err, v) => { order.push('callback'); console.log('sum', err, v); });
process.nextTick(() => order.push('tick'));
Promise.resolve().then(() => order.push('microtask'));
util.callbackify(async () => { throw new RangeError('bad'); })((err, v) => console.log('rejected', err.name, err.message, v));
util.callbackify(() => Promise.reject(null))((err) => console.log('falsy', err.message, err.code, err.reason, Object.keys(err)));
util.callbackify(() => Promise.reject(0))((err) => console.log('zero', err.code, err.reason));
util.callbackify(function () { return Promise.resolve(this && this.tag); }).call({ tag: 'this' }, (err, v) => console.log('receiver', v));
try {
  addCb(1, 2);
} catch (e) {
  console.log(e.name, e.code, e.message);
}
try {
  util.callbackify(5);
} catch (e) {
  console.log(e.name, e.code, e.message);
}
setTimeout(() => console.log(order.join(' ')), 2);

function old(a, b) { return a * b; }
const dep = util.deprecate(old, 'old() is going away', 'DEP0999');
console.log(dep.name, typeof dep, dep(2, 3), dep(4, 5), Object.getPrototypeOf(dep) === old);
class Base { constructor(x) { this.x = x; } }
const DepClass = util.deprecate(Base, 'Base is old');
const inst = new DepClass(7);
console.log(inst.x, inst instanceof Base);
try {
  util.deprecate('nope', 'x');
} catch (e) {
  console.log(e.code, e.message);
}

const debug = util.debuglog('kilntest');
console.log(typeof debug, debug.enabled, debug('not shown %d', 1));
