// An array kiln cannot hold (kiln's arrays are dense; node's would be sparse): out of memory at
// once, not a 32 GB allocation whose size wraps around.
console.log('start');
const a = new Array(2 ** 32 - 1);
console.log(a.length);
