// util.promisify (first callback value, errors rejected, the custom symbol, node's
// ERR_INVALID_ARG_TYPE) and util.inherits, as node has them.
const util = require('util');
const fs = require('fs');
const readFile = util.promisify(fs.readFile);
readFile(__filename, 'utf8').then((t) => console.log('read', t.length > 10));
function delayed(x, cb) { setTimeout(() => cb(x < 0 ? new Error('neg') : null, x * 2, 'extra'), 1); }
const p = util.promisify(delayed);
p(21).then((v) => console.log('value', v));
p(-1).catch((e) => console.log('error', e.message));
console.log(p.name, p.length, typeof util.promisify.custom);
function custom() {} custom[Symbol.for('nodejs.util.promisify.custom')] = () => 'mine';
console.log(util.promisify(custom)());
try { util.promisify(5); } catch (e) { console.log(e.name, e.code, e.message); }
function Animal(n) { this.n = n; } Animal.prototype.hi = function () { return 'hi ' + this.n; };
function Dog(n) { Animal.call(this, n); } util.inherits(Dog, Animal);
console.log(new Dog('rex').hi(), Dog.super_ === Animal, new Dog('a') instanceof Animal);
try { util.inherits(Dog, null); } catch (e) { console.log(e.code, e.message); }
