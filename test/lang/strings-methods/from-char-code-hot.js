// String.fromCharCode(c) in compiled code: units below 256 come from the one-unit table
// inline; wider units, values past 16 bits (taken mod 2^16), negatives, doubles, strings,
// objects with valueOf, no argument and several arguments take the runtime's path.
'use strict';
function one(c) { return String.fromCharCode(c); }
function two(a, b) { return String.fromCharCode(a, b); }
function none() { return String.fromCharCode(); }
let s = '';
for (let k = 0; k < 3; k++) {
  s = '';
  for (let i = 0; i < 300; i++) s += one(i);
}
console.log(s.length, s.charCodeAt(0), s.charCodeAt(255), s.charCodeAt(299), JSON.stringify(s.slice(30, 40)));
const odd = [65, 255, 256, 0x20ac, 65536 + 66, -1, -65536 + 67, 68.9, '69', { valueOf() { return 70; } }, NaN, Infinity, null, undefined, true, 0xd83d];
for (let k = 0; k < 200; k++) odd.map(one);
console.log(odd.map((c) => one(c).charCodeAt(0)).join(','));
console.log(JSON.stringify(two(72, 105)), JSON.stringify(none()), one(97) === 'a', one(97) === one(97));
let parsed = '';
const codes = [104, 101, 108, 108, 111, 0x4e16, 0x754c];
for (let k = 0; k < 500; k++) { parsed = ''; for (const c of codes) parsed += one(c); }
console.log(parsed);
