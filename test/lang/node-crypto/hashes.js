// require('crypto'): hashes and HMACs (chained update, digest encodings, a second digest
// is node's error, an unknown algorithm too), random values by their shape only.
const crypto = require('crypto');
console.log(crypto.createHash('sha256').update('hello').digest('hex'));
console.log(crypto.createHash('md5').update('a').update(Buffer.from('b')).digest('base64'));
const h = crypto.createHash('sha1'); h.update('x', 'utf8'); const d = h.digest(); console.log(Buffer.isBuffer(d), d.length, d.toString('hex'));
try { h.digest('hex'); } catch (e) { console.log(e.code, e.message); }
console.log(crypto.createHmac('sha256', 'secret').update('msg').digest('hex'));
try { crypto.createHash('nope'); } catch (e) { console.log(e.message); }
console.log(crypto.randomBytes(8).length, typeof crypto.randomUUID(), crypto.randomUUID().length, crypto.getHashes().includes('sha256'));
const r = crypto.randomInt(10); console.log(r >= 0 && r < 10, crypto.timingSafeEqual(Buffer.from('ab'), Buffer.from('ab')));
const { createHash } = require('node:crypto'); console.log(createHash('sha512').update('').digest('hex').slice(0, 16));
