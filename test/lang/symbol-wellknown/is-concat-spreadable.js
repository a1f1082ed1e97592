// Array.prototype.concat spreads what Symbol.isConcatSpreadable says (arrays by default).
const spreadable = { length: 3, 0: 'a', 2: 'c', [Symbol.isConcatSpreadable]: true };
console.log([1].concat(spreadable), [1].concat({ length: 1, 0: 'x' }));
const arr = [1, 2];
arr[Symbol.isConcatSpreadable] = false;
const joined = [0].concat(arr, [3, [4]]);
console.log(joined.length, joined[1] === arr, joined);
class Bag { constructor(...items) { Object.assign(this, items); this.length = items.length; } get [Symbol.isConcatSpreadable]() { return true; } }
console.log([].concat(new Bag('p', 'q')), ['x'].concat(new Bag()));
console.log(Array.prototype.concat.call({ length: 1, 0: 'self', [Symbol.isConcatSpreadable]: 1 }, ['y']));
console.log(Array.prototype.concat.call('str', 1), [].concat(new Proxy([7, 8], {})), [, 1].concat([, 2]).length);
let reads = 0;
const counted = { get length() { reads++; return 2; }, get 0() { reads++; return 'g0'; }, 1: 'one', [Symbol.isConcatSpreadable]: true };
console.log([].concat(counted), reads);
