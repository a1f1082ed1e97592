// Ropes at the edges: the longest string (node's RangeError past 2**29 - 24 units), empty
// sides, and ropes handed to the host-backed parts of the library (wrappers, Buffer,
// TextEncoder, eval, JSON.parse, Symbol descriptions, number parsing).
let s = 'x';
let doublings = 0;
try {
  for (;;) {
    s += s;
    doublings++;
  }
} catch (e) {
  console.log(e instanceof RangeError, e.message, doublings, s.length);
}
const long = 'y'.repeat(100) + 'z'.repeat(100);
console.log(long + '' === long, '' + long === long, (long + '').length);
let code = '';
for (let i = 0; i < 40; i++) code += 'total += ' + i + ';\n';
var total = 0;
(0, eval)(code);
console.log(total, JSON.parse('[' + '1,'.repeat(99) + '1]').length);
const wrapped = new String(long);
console.log(typeof wrapped, wrapped.length, wrapped.charAt(150), Object.keys(wrapped).length);
console.log(Buffer.from(long).length, new TextEncoder().encode(long + '\u00e9').length);
console.log(Symbol(long).description.length, Number('1'.repeat(130)) > 1e129, parseFloat('2.5' + '0'.repeat(130)));
const counts = {};
for (const ch of long + long) counts[ch] = (counts[ch] || 0) + 1;
console.log(counts, [...new Set(long)].join(''));
console.log(encodeURIComponent(long + '&').slice(-5), long.localeCompare(long.slice(0, 199) + 'y'));
