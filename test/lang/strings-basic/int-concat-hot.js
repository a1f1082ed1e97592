// An int32 beside a string in + and in template literals, in compiled code: its decimal text
// made inline (every digit count, negatives, INT32_MIN through the runtime, -0 and doubles
// through the runtime), never a numeric add of two int32s, and '' on either side.
'use strict';
const vals = [0, 1, -1, 9, 10, -10, 99, 100, 12345, -98765, 2147483647, -2147483647, -2147483648, 1000000000, 999999999, -1000000000, 7.5, -0, NaN];
function cat(v) { return 'v' + v; }
function catR(v) { return v + '|'; }
function tpl(v) { return `c${v}`; }
function both(a, b) { return a + b; }
let out;
for (let k = 0; k < 300; k++) out = vals.map((v) => cat(v) + ' ' + catR(v) + ' ' + tpl(v));
console.log(out.join('\n'));
for (let k = 0; k < 300; k++) both(k, 1), both('a', k), both(k, 'b');
console.log(both(1, 2), both('x', 3), both(4, 'y'), both(5, ''), both('', 6), both(-7, {}), both([], 8), both(9, null), both(1.5, 'z'), both('long'.repeat(40), 123).length);
let s = ''; for (let i = 0; i < 3000; i++) s += i; console.log(s.length, s.slice(-12));
let t = ''; for (let i = -50; i < 50; i++) t = `${t}${i},`; console.log(t);
