// util.types: every check node 20 has, over values of every kind — each check must answer by
// the value's internal type, not by its prototype or Symbol.toStringTag (a fake Date, a
// subclass of Map, a typed array of each type, async and generator functions, boxed
// primitives, native errors against objects that only inherit from Error.prototype).
const util = require('util');
const { types } = util;

const names = Object.keys(types);
console.log(names.length, names.join(' '));
console.log(typeof types.isPromise, types.isPromise.name, types.isPromise.length);

class MyMap extends Map {}
class MyError extends TypeError {}
function* gen() {}
async function* agen() {}
const values = {
  undefined: undefined, null: null, number: 1, string: 's', boolean: true, symbol: Symbol('s'), bigint: 10n,
  object: {}, array: [1], arguments: (function () { return arguments; })(1),
  date: new Date(0), fakeDate: Object.create(Date.prototype), taggedDate: { [Symbol.toStringTag]: 'Date' },
  regexp: /a/g, promise: Promise.resolve(1), pending: new Promise(() => {}), thenable: { then() {} },
  map: new Map([[1, 2]]), myMap: new MyMap(), set: new Set([1]), weakMap: new WeakMap(), weakSet: new WeakSet(),
  mapIterator: new Map().keys(), setIterator: new Set().entries(), arrayIterator: [].values(),
  error: new Error('e'), typeError: new TypeError('t'), myError: new MyError('m'), fakeError: Object.create(Error.prototype),
  fn: function f() {}, arrow: () => {}, asyncFn: async () => {}, genFn: gen, asyncGenFn: agen, cls: class C {}, bound: (async () => {}).bind(null),
  genObj: gen(), asyncGenObj: agen(),
  boxedNumber: Object(1), boxedString: new String('x'), boxedBool: new Boolean(false), boxedSymbol: Object(Symbol('b')), boxedBigInt: Object(1n),
  arrayBuffer: new ArrayBuffer(4), dataView: new DataView(new ArrayBuffer(2)), u8: new Uint8Array(2), u8c: new Uint8ClampedArray(1),
  i16: new Int16Array(1), f64: new Float64Array(1), big64: new BigInt64Array(1), buffer: Buffer.from('ab'),
};
for (const [label, v] of Object.entries(values)) {
  const yes = names.filter((n) => types[n](v));
  console.log(label.padEnd(14), yes.join(' ') || '-');
}
console.log(types.isDate(), types.isPromise(1, 2), util.isDeepStrictEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }), util.isDeepStrictEqual([1], ['1']));
