// === in compiled code between a number and values of other types (false without the
// runtime), between numbers of both representations (+0 and -0, NaN, an int32 against the
// same double), and '' + s / s + '' (the other string itself, not a copy).
'use strict';
const values = [1.5, 2, -0, 0, NaN, true, false, null, undefined, '1.5', '2', 'x', {}, [], 2.0, 1.5, Infinity];
function classify(v) {
  if (v === null) return 'null';
  if (v === true) return 'true';
  if (v === false) return 'false';
  if (v === undefined) return 'undefined';
  if (v === 1.5) return 'one-and-a-half';
  if (v === 2) return 'two';
  if (v === 0) return 'zero';
  if (v === '1.5') return 'string-1.5';
  return typeof v;
}
let out;
for (let k = 0; k < 400; k++) out = values.map(classify);
console.log(out.join(' '));

function pairs(xs) {
  let s = '';
  for (let i = 0; i < xs.length; i++) for (let j = 0; j < xs.length; j++) s += (xs[i] === xs[j]) ? '1' : '0';
  return s;
}
let table;
for (let k = 0; k < 50; k++) table = pairs(values);
for (let i = 0; i < values.length; i++) console.log(table.slice(i * values.length, (i + 1) * values.length));

function joinParts(parts) {
  let out = '';
  for (let i = 0; i < parts.length; i++) out += parts[i];
  return out + '';
}
const parts = ['', 'a', '', 'bc', '', '', 'd'.repeat(200), ''];
let joined;
for (let k = 0; k < 500; k++) joined = joinParts(parts);
console.log(joined.length, joined.slice(0, 5), joinParts(['']) === '', joinParts([]).length);
function wrap(s) { return '' + s; }
for (let k = 0; k < 2000; k++) wrap('q' + k);
console.log(wrap('same'), wrap(''), wrap(5), wrap(null), ('x'.repeat(300) + '').length);
