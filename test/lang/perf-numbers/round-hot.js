// Math.round in compiled code (inlined as ceil, then one less when ceil is more than a half
// above): the halves, the double just below 0.5, the zeros' signs, NaN, the infinities,
// values past 2^52 (already integers), int32 operands, and a non-number that deopts.
'use strict';
const inputs = [0, -0, 0.5, -0.5, 1.5, -1.5, 2.5, -2.5, 0.49999999999999994, -0.49999999999999994,
  0.7, -0.7, -0.2, 1e-300, -1e-300, 4503599627370495.5, 4503599627370497, -4503599627370497,
  2 ** 53, -(2 ** 53), 1e308, -1e308, NaN, Infinity, -Infinity, 123.456, -123.456, 2147483647.5,
  -2147483648.5, 3, -7];
function roundAll(xs) {
  const out = [];
  for (let i = 0; i < xs.length; i++) out.push(Math.round(xs[i]));
  return out;
}
function fmt(x) { return Object.is(x, -0) ? '-0' : String(x); }
let last;
for (let k = 0; k < 300; k++) last = roundAll(inputs);
console.log(last.map(fmt).join(' '));

// int32 operands stay int32; scaled values as a checksum mixer does.
function mix(n) {
  let h = 0;
  for (let i = 0; i < n; i++) h = (h * 31 + Math.round(i * 0.37) + Math.round(i)) | 0;
  return h;
}
console.log(mix(5000));

// A string or an object reaching the compiled call: converted as Math.round converts.
function roundAny(v) { return Math.round(v); }
for (let i = 0; i < 2000; i++) roundAny(i + 0.25);
console.log(fmt(roundAny('2.5')), fmt(roundAny({ valueOf() { return -3.5; } })), fmt(roundAny(undefined)), fmt(roundAny(null)), fmt(roundAny(true)), fmt(roundAny('-0.2')));
