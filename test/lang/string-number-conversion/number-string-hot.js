// Number(x) and String(x) in compiled code: Number parses a plain decimal string inline (an
// optional minus, up to 15 digits with one point, an exponent; the result must round as
// V8's StringToDouble does), anything else through the runtime (spaces, hex, Infinity,
// more digits, big exponents, other types, a symbol's TypeError); String(int32) is its
// decimal text inline, String of anything else the runtime's (a symbol is described).
'use strict';
const inputs = ['0', '-0', '1', '-1', '42', '007', '3.25', '-3.25', '.5', '5.', '-.5', '1e3', '1E3', '1e-7', '1.5e+2', '-2.5E-3', '123456789012345', '1234567890123456', '0.1', '0.2', '0.3',
  '9007199254740993', '1e22', '1e23', '1e-22', '1e-23', '123e-20', '4.35', '0.000001', '', ' ', ' 12', '12 ', '0x10', '1_000', 'Infinity', '-Infinity', 'NaN', 'abc', '1e', '1e+', '.', '-', '+5', '1..2', '1.2.3', '1e5.5',
  '00000000000000000001', '99999999999999', '5e-324', '1.7976931348623157e308', '2.2250738585072014e-308', '3.141592653589793', '0.1e1', '100e-2', '1e999', '-1e999', '١٢', '12\n', '\t7'];
function num(s) { return Number(s); }
function fmt(x) { return Object.is(x, -0) ? '-0' : String(x); }
let out;
for (let k = 0; k < 300; k++) out = inputs.map(num);
console.log(out.map(fmt).join(' '));
const other = [5, 2.5, -0, null, undefined, true, false, [], [7], {}, { valueOf() { return 9; } }, 10n, NaN];
for (let k = 0; k < 300; k++) out = other.map(num);
console.log(out.map(fmt).join(' '));
let sum = 0;
for (let i = 0; i < 20000; i++) sum += Number(String(i * 7) + '.' + String(i % 1000)) + Number('-' + i + 'e-3');
console.log(sum);
try { Number(Symbol('s')); } catch (e) { console.log(e.constructor.name, e.message); }
function numSym(v) { try { return Number(v); } catch (e) { return e.constructor.name; } }
for (let k = 0; k < 2000; k++) numSym('1');
console.log(numSym(Symbol('t')), numSym('2'));
function str(v) { return String(v); }
const forString = [0, -0, 7, -2147483648, 2147483647, 1.5, NaN, 'same', '', null, undefined, true, Symbol('d'), 12n, [1, 2], { toString() { return 'T'; } }];
let strs;
for (let k = 0; k < 300; k++) strs = forString.map(str);
console.log(strs.join('|'));
