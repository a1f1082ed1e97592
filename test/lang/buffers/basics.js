// Buffer: encodings, alloc/concat/compare, slices sharing bytes, the read/write methods and
// their RangeErrors, iteration, fs reads without an encoding and writes of bytes.
const t = (f) => { try { console.log(f()); } catch (e) { console.log(e.constructor.name + ': ' + e.message); } };
const b = Buffer.from('hi');
console.log(b, [b], Object.getPrototypeOf(Buffer.prototype) === Uint8Array.prototype, Buffer.name, Buffer.length, b.toJSON(), String(b), b + '', JSON.stringify({ b }));
console.log(Buffer.from('héllo wörld').toString('base64'), Buffer.from('aGk=', 'base64').toString(), Buffer.from('ff00', 'hex'), Buffer.from([256, 1, -1]), Buffer.alloc(3, 'ab'), Buffer.alloc(2));
const c = Buffer.concat([Buffer.from('ab'), Buffer.from('cd')]);
console.log(c.toString('hex'), c.length, c[1], Buffer.byteLength('héllo'), Buffer.isBuffer(c), Buffer.isBuffer(new Uint8Array(1)), c instanceof Uint8Array);
const s = c.slice(1, 3); s[0] = 120; console.log(c.toString(), s.toString(), s.length, Buffer.compare(c, s), c.equals(Buffer.from('axcd')));
const w = Buffer.alloc(8);
w.writeUInt32LE(0xdeadbeef, 0); w.writeInt16BE(-2, 4); w.writeUInt8(7, 6);
console.log(w, w.readUInt32LE(0).toString(16), w.readInt16BE(4), w.readUInt8(6), w.indexOf(7), w.includes(Buffer.from([0xef])));
t(() => w.readUInt32LE(6));
t(() => Buffer.alloc(-1));
t(() => Buffer.alloc('2'));
console.log([...Buffer.from('ok')], Buffer.from('abc').map((x) => x + 1), Buffer.from(new Uint16Array([1, 2]).buffer), Buffer.from('€').length);
const fs = require('fs');
const path = require('path');
const file = path.join(require('os').tmpdir(), 'kiln-buf-' + process.pid + '.bin');
fs.writeFileSync(file, Buffer.from([0, 1, 2, 255]));
const back = fs.readFileSync(file);
console.log(back, back.length, Buffer.isBuffer(back), fs.readFileSync(file, 'hex'));
fs.unlinkSync(file);
console.log(Buffer.from('x').toString('utf8', 0, 1), b.toString('ascii'), Buffer.from('  trim ').toString().trim(), typeof Buffer.poolSize);
