// A numeric string key that is no valid index of a typed array ('-1', '1.5', '-0', 'NaN',
// 'Infinity', '1e+21', '4294967295') names no property: reads give undefined (prototypes not
// asked), writes convert the value and store nothing, `in` is false, delete is true,
// defineProperty throws. Other strings ('01', '1e3', ' 1') are ordinary properties.
const t = new Uint8Array(2);
t[-1] = 5; t[1.5] = 6; t['-0'] = 7; t[NaN] = 1; t[Infinity] = 2; t['-Infinity'] = 3; t[1e21] = 4; t[4294967295] = 9; t[2] = 8;
console.log(Object.keys(t), t[-1], t[1.5], t['-0'], t[NaN], t.Infinity, t[2], t[4294967295]);
console.log(-1 in t, '1.5' in t, '-0' in t, 0 in t, 2 in t, 'NaN' in t, delete t[-1], delete t['1.5'], delete t[5]);
t['01'] = 1; t['1.50'] = 2; t[' 1'] = 3; t['+1'] = 4; t['1e3'] = 5; t.foo = 6; t['0x1'] = 7;
console.log(Object.keys(t), t['01'], t['1e3'], t['1.50']);
console.log(Object.getOwnPropertyDescriptor(t, '-1'), Object.getOwnPropertyNames(t));
try { Object.defineProperty(t, '-1', { value: 1 }); } catch (e) { console.log(e.constructor.name, e.message); }
try { Object.defineProperty(t, '1.5', { value: 1, writable: true, enumerable: true, configurable: true }); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(Reflect.set(t, -1, 3), Reflect.has(t, -1), Reflect.get(t, -1));
let ran = 0;
t[-1] = { valueOf() { ran++; return 1; } };
console.log('valueOf ran', ran);
Uint8Array.prototype['-1'] = 'proto'; Uint8Array.prototype['1.5'] = 'proto2';
console.log(t[-1], t['1.5'], new Uint8Array(1)[-1]);
delete Uint8Array.prototype['-1']; delete Uint8Array.prototype['1.5'];
(function () { 'use strict'; t[-1] = 1; t[7] = 1; console.log('strict ok'); })();
const f = new Float64Array([1.5, 2.5]);
function rd(a, k) { return a[k]; }
function wr(a, k, v) { a[k] = v; }
let acc = 0;
for (let i = 0; i < 300; i++) { wr(f, i % 2 ? -1 : 0.5, i); acc += rd(f, -1) === undefined ? 1 : 0; acc += rd(f, 0.5) === undefined ? 1 : 0; }
console.log(acc, Object.keys(f), f);
const o = { }; o[-1] = 1; o[1.5] = 2; console.log(o);
const bi = new BigInt64Array(1); bi[-1] = 5n; bi[0.5] = 1n; console.log(Object.keys(bi), bi[-1]);
try { bi[-1] = 5; } catch (e) { console.log(e.constructor.name, e.message); }

// Hot named and keyed sites (compiled code, inline caches) on typed arrays and plain objects.
function named(a) { a[-1] = 3; a['1.5'] = 4; return [a[-1], a['1.5'], a['-0'], -1 in a]; }
function keyed(a, k, v) { a[k] = v; return a[k]; }
const hot = new Int32Array(3);
const plain = {};
let agree = 0;
for (let i = 0; i < 400; i++) {
  const r = named(i % 3 === 0 ? plain : hot);
  if (i % 3 === 0 ? r[0] === 3 && r[1] === 4 : r[0] === undefined && r[1] === undefined && r[3] === false) agree++;
  if (keyed(hot, i % 2 ? '-0' : 'x' + (i % 4), i) === (i % 2 ? undefined : i)) agree++;
}
console.log(agree, Object.keys(hot), Object.keys(plain));
