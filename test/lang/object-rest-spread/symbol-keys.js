// Object spread and object rest copy symbol-keyed own enumerable properties (after the string
// keys); a symbol named in the pattern is left out of the rest. (Whether an excluded key's
// getter runs again differs between V8's fast and slow paths, so it is a data property here.)
const s = Symbol('s');
const t = Symbol('t');
console.log({ ...{ [s]: 1 } }, { ...{ [s]: 1, b: 2, 1: 'x' }, c: 3 });
const { a, ...rest } = { a: 1, [s]: 2, 1: 'x' };
console.log(a, rest);
const log = [];
const source = { [s]: 'S', get [t]() { log.push('t'); return 'T'; }, k: 1 };
const { [s]: picked, ...others } = source;
console.log(picked, others, log);
const hidden = Object.defineProperty({ v: 1 }, s, { value: 'no', enumerable: false });
console.log({ ...hidden }, Object.getOwnPropertySymbols({ ...hidden }));
const arr = ['x'];
arr[t] = 'sym on array';
console.log({ ...arr });
function fn() {}
fn[s] = 'sym on function';
console.log({ ...fn });
const later = { [t]: 'first', ...{ [t]: 'second' } };
console.log(later);
let sum = 0;
for (let i = 0; i < 200; i++) {
  const copy = { ...{ [s]: i, n: 1 } };
  const { n, ...more } = copy;
  sum += more[s] + n;
}
console.log(sum);
