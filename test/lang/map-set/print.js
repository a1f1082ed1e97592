// console.log prints Maps and Sets as node does (nested, objects as keys, own properties).
console.log(new Map(), new Set());
console.log(new Map([['a', 1], ['b', { c: [1, 2] }]]));
console.log(new Set(['x', 1, null, undefined, true]));
const inner = new Map([[1, new Set([2])]]);
console.log({ inner, list: [new Set([3])] });
const key = { k: 1 };
console.log(new Map([[key, 'v'], [[1, 2], 'arr']]));
const self = new Map();
self.set('me', self);
console.log(self);
console.log([new Map([['deep', new Map([['deeper', new Map([['x', 1]])]])]])]);
console.log(String(new Map()), String(new Set()), typeof new Map());
