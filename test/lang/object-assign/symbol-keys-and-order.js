// Object.assign copies symbol-keyed own enumerable properties too, after the string keys
// (integer keys ascending, then strings in insertion order, then symbols); non-enumerable
// ones stay behind, and a property an earlier getter deleted is not copied.
const s = Symbol('s');
const t = Symbol('t');
console.log(Object.assign({}, { [s]: 1, n: 2 }));
console.log(Object.assign({}, { [t]: 'T', 2: 'two', b: 'b', [s]: 'S', 1: 'one', a: 'a' }));
const hidden = Object.defineProperty({ shown: 1 }, s, { value: 'no', enumerable: false });
console.log(Object.assign({}, hidden), Object.getOwnPropertySymbols(Object.assign({}, hidden)).length);
const arr = [1, 2];
arr[s] = 'on an array';
console.log(arr); // (printed with its symbol key, as node prints it)
console.log(Object.assign({}, arr));
function fn() {}
fn[s] = 'on a function';
console.log(Object.assign({}, fn));
const log = [];
const source = {
  get b() { log.push('b'); return 1; },
  get a() { log.push('a'); delete this.c; return 2; },
  c: 3,
  get [s]() { log.push('sym'); return 'S'; },
};
console.log(Object.assign({}, source), log);
const target = { [s]: 'old' };
const out = Object.assign(target, { [s]: 'new' }, { [t]: 't' });
console.log(out === target, out);
console.log(Object.assign(1, { a: 1 }), Object.assign('ab', { [s]: 1 }));
// The same copy in a hot loop (compiled at low thresholds).
let total = 0;
for (let i = 0; i < 200; i++) {
  const r = Object.assign({}, { [s]: i, x: 1 });
  total += r[s] + r.x;
}
console.log(total);
