// Math.imul (32-bit wrapping multiply), Math.sqrt (exact for perfect squares,
// -0 and NaN cases) and Math.pow (same results as **).
console.log(Math.imul(2, 4), Math.imul(-1, 8), Math.imul(0xffffffff, 5), Math.imul(0x7fffffff, 2));
console.log(Math.imul(65536, 65536), Math.imul(2.7, 3.9), Math.imul(-0, 5), Math.imul(1e10, 3));
console.log(Math.sqrt(16), Math.sqrt(2), Math.sqrt(-0), Math.sqrt(-4), Math.sqrt(Infinity), Math.sqrt(1e-320));
console.log(Math.pow(2, 10), Math.pow(2, 0.5), Math.pow(-8, 1 / 3), Math.pow(NaN, 0), Math.pow(0, -1), Math.pow(-0, -3));
console.log(Math.pow(2, 31), Math.pow(10, 21), Math.pow(1.0000001, 1e7), Math.pow(2, -1074));
let h = 0;
for (let i = 0; i < 20000; i++) h = Math.imul(h ^ i, 0x5bd1e995) + (i & 15);
console.log(h);
let sq = 0;
for (let i = 0; i < 20000; i++) sq += Math.sqrt(i);
console.log(sq);
for (let e = 0; e < 5; e++) console.log(e, Math.pow(3, e) === 3 ** e, Math.pow(1.5, e));
