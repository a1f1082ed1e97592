// Math.sin, cos, tan, asin, acos, atan, exp, log, log2, log10, cbrt, atan2 and pow in compiled
// code, which calls V8's own functions directly: every special value (zeros' signs, NaN, the
// infinities, subnormals, huge arguments), all pairs for the two-argument ones (pow's 1 and
// NaN cases are the language's, not C's), a long random sum that shows any last-bit
// difference, and non-number arguments (the deopt and the runtime's conversion). pow stays
// out of the sum: node's own Math.pow (glibc's) differs in the last bit between x64 and
// arm64 hosts, and the arm64 corpus is checked against the x64 node.
'use strict';
const xs = [0, -0, 1, -1, 0.5, 2, 3.141592653589793, 1e-10, 1e10, 1e300, -1e300, 123.456, NaN, Infinity, -Infinity, 0.7853981633974483, 710, -745.2, 1e-320, 2 ** 53, 37.5, -2.5];
function f1(x) { return [Math.sin(x), Math.cos(x), Math.tan(x), Math.asin(x), Math.acos(x), Math.atan(x), Math.exp(x), Math.log(x), Math.log2(x), Math.log10(x), Math.cbrt(x)]; }
function f2(x, y) { return [Math.atan2(x, y), Math.pow(x, y)]; }
let out;
for (let k = 0; k < 200; k++) out = xs.map((x) => f1(x));
for (const r of out) console.log(r.map((v) => Object.is(v, -0) ? '-0' : String(v)).join(' '));
let out2 = [];
for (let k = 0; k < 30; k++) { out2 = []; for (const x of xs) for (const y of xs) out2.push(f2(x, y)); }
console.log(out2.map((r) => r.map((v) => Object.is(v, -0) ? '-0' : String(v)).join(',')).join(' '));
let s = 0; let seed = 1;
for (let i = 0; i < 200000; i++) { seed = (seed * 1103515245 + 12345) & 0x7fffffff; const x = (seed / 0x7fffffff - 0.5) * 200; s += Math.sin(x) * 1e6 + Math.cos(x * 3) + Math.exp(x / 50) + Math.log(Math.abs(x) + 1) + Math.atan2(x, 3); }
console.log(s);
function withString(v) { return Math.sin(v); }
for (let i = 0; i < 3000; i++) withString(i);
console.log(withString('1'), withString({ valueOf() { return 2; } }), withString(undefined), withString(null), withString(true));
