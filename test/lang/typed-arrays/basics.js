// ArrayBuffer, the typed arrays and DataView: construction and node's RangeErrors, element
// conversions (wrapping, clamping, rounding), views sharing a buffer, the prototype methods,
// iteration and destructuring, printing, hot loops over a Float64Array.
const t = (f) => { try { console.log(f()); } catch (e) { console.log(e.constructor.name + ': ' + e.message); } };
t(() => new Int32Array(-1)); t(() => new Int32Array(new ArrayBuffer(3))); t(() => new Int32Array(new ArrayBuffer(8), 2)); t(() => new Int32Array(new ArrayBuffer(8), 16)); t(() => new Int32Array(new ArrayBuffer(8), 0, 4)); t(() => Int32Array(2)); t(() => new ArrayBuffer(-1)); t(() => new DataView(new ArrayBuffer(2)).getInt32(0)); t(() => new DataView(1));
t(() => Object.getOwnPropertyNames(Object.getPrototypeOf(Int8Array.prototype)).join()); t(() => Object.getOwnPropertyNames(Int8Array.prototype).join()); t(() => Object.getOwnPropertyNames(Int8Array).join()); t(() => Object.getOwnPropertyNames(Object.getPrototypeOf(Int8Array)).join());
t(() => new Uint8Array([1, 2]).map((x) => x * 200)); t(() => Int8Array.prototype.map.call([1], (x) => x)); t(() => new Int8Array(2).set([1, 2, 3]));
console.log(new Float64Array([1.5, 2]), new ArrayBuffer(3), new DataView(new ArrayBuffer(2), 1), JSON.stringify(new Int8Array([1, 2])), Object.keys(new Int8Array(2)), [...new Uint8Array([5, 6])]);
const u8 = new Uint8Array(4);
u8[0] = 257; u8[1] = -1; u8[2] = 3.7; u8[3] = '12'; u8[4] = 9;
console.log(u8, u8.length, u8[4], 4 in u8, 3 in u8, u8.byteLength, u8.BYTES_PER_ELEMENT);
const c = new Uint8ClampedArray([300, -5, 1.5, 2.5]);
console.log(c, new Int16Array([40000, -40000]), new Uint32Array([-1]), new Float32Array([0.1]), new Int8Array([128]));
const buf = new ArrayBuffer(16);
const f64 = new Float64Array(buf);
const i32 = new Int32Array(buf, 8, 2);
f64[0] = Math.PI; i32[0] = 7;
console.log(f64, i32, new Uint8Array(buf, 0, 8).join('-'), buf.byteLength, i32.byteOffset, i32.buffer === buf);
const dv = new DataView(buf);
dv.setInt16(0, -2, true); dv.setFloat32(4, 1.5);
console.log(dv.getInt16(0, true), dv.getUint16(0), dv.getFloat32(4), dv.getUint8(0), dv.byteLength);
const a = Float64Array.from([3, 1, 2], (x) => x * 10);
console.log(a, Int8Array.of(1, 2, 3), a.sort(), a.reverse(), a.indexOf(20), a.includes(30), a.join('|'), a.at(-1), a.slice(1), a.subarray(1).length, a.subarray(1).byteOffset);
const sub = a.subarray(1); sub[0] = 99; console.log(a);
console.log(a.filter((x) => x > 20), a.reduce((s, x) => s + x, 0), a.find((x) => x < 50), a.findIndex((x) => x === 10), a.some((x) => x > 90), a.every((x) => x > 0));
a.forEach((x, i, arr) => { if (i === 0) console.log('forEach', x, arr === a); });
console.log([...a.entries()], [...a.keys()], Array.from(a.values()), a.toString(), String(a), a.fill(7, 1), a.toSorted((x, y) => y - x), a.with(0, 1), a.toReversed());
for (const x of new Int16Array([4, 5])) console.log('of', x);
const [p, q] = new Uint8Array([9, 8, 7]);
console.log(p, q, Object.prototype.toString.call(u8), Object.prototype.toString.call(buf), ArrayBuffer.isView(u8), ArrayBuffer.isView(dv), ArrayBuffer.isView(buf), buf.slice(8).byteLength);
console.log(Object.getPrototypeOf(Int8Array) === Object.getPrototypeOf(Uint8Array), Int8Array.name, Int8Array.length, u8 instanceof Uint8Array, Array.isArray(u8), typeof u8);
const big = new Float64Array(100000);
for (let i = 0; i < big.length; i++) big[i] = i * 0.5;
let sum = 0;
for (let i = 0; i < big.length; i++) sum += big[i];
console.log(sum, Object.getOwnPropertyDescriptor(u8, 0), u8.hasOwnProperty(1), u8.hasOwnProperty(9));
for (const k in new Int8Array(2)) console.log('key', k);
console.log(new Uint16Array(new Uint8Array([1, 2, 300])), new Int32Array({ length: 2, 0: 5 }), new Int32Array(new Set([4, 5])));
