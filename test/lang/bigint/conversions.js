// BigInt(), its conversions from every type, and the conversions of a BigInt to the others.
const inputs = [0, -0, 42, -7, 2 ** 60, 1.5, NaN, Infinity, '', '  17  ', '0x1F', '0o17', '0b101', '-12', '+5', '1e3', '12n', 'abc',
  true, false, null, undefined, Symbol('s'), { valueOf() { return 9; } }, { valueOf() { return 9n; } }, { toString() { return '123'; }, valueOf: undefined }, [7], []];
for (const v of inputs) {
  try { console.log(BigInt(v)); } catch (e) { console.log(`${e.constructor.name}: ${e.message}`); }
}
try { new BigInt(1); } catch (e) { console.log(`${e.constructor.name}: ${e.message}`); }
console.log(Number(123n), Number(-(2n ** 64n)), Number(2n ** 1024n), parseFloat(12n), String(-0n), `${10n ** 21n}`, 1n + '', '' + -1n, [1n, 2n].join());
console.log(Boolean(0n), Boolean(-1n), !0n, !!1n, 0n ? 1 : 2, 0n || 'or', 5n && 'and', 0n ?? 'nullish');
console.log((255n).toString(2), (255n).toString(36), (-255n).toString(16), 10n ** 25n + 1n);
for (const r of [0, 1, 37, NaN]) {
  try { console.log((10n).toString(r)); } catch (e) { console.log(`${e.constructor.name}: ${e.message}`); }
}
console.log(BigInt.asIntN(8, 127n), BigInt.asIntN(8, 128n), BigInt.asIntN(8, -129n), BigInt.asUintN(8, 256n), BigInt.asUintN(8, -1n), BigInt.asIntN(0, 5n), BigInt.asUintN(64, -(2n ** 63n)), BigInt.asIntN(65, 2n ** 64n));
for (const f of [() => BigInt.asIntN(-1, 1n), () => BigInt.asUintN(8, 1), () => BigInt.asUintN(8, '12'), () => BigInt.asIntN(8, true)]) {
  try { console.log(f()); } catch (e) { console.log(`${e.constructor.name}: ${e.message}`); }
}
console.log(typeof 1n, typeof Object(1n), Object(1n) instanceof BigInt, Object.prototype.toString.call(1n), Object.prototype.toString.call(Object(2n)));
console.log(BigInt.prototype[Symbol.toStringTag], BigInt.name, BigInt.length, Object.getPrototypeOf(5n) === BigInt.prototype);
try { BigInt.prototype.valueOf.call(1); } catch (e) { console.log(`${e.constructor.name}: ${e.message}`); }
try { JSON.stringify([1n]); } catch (e) { console.log(`${e.constructor.name}: ${e.message}`); }
try { JSON.stringify(Object(1n)); } catch (e) { console.log(`${e.constructor.name}: ${e.message}`); }
console.log(JSON.stringify({ a: 1n }, (k, v) => (typeof v === 'bigint' ? `${v}n` : v)));
const o = { [2n]: 'two' }; o[3n] = 'three';
console.log(o, Object.keys(o), 2n in o, o[2n]);
console.log([1n, -2n, { n: 3n }], new Map([[1n, 2n]]));
