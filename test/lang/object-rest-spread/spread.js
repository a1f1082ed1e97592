const src = { a: 1, b: 2, get c() { return 'got c'; } };
const copy = { ...src };
console.log(copy, Object.keys(copy));
console.log({ x: 0, ...src, a: 9 }, { a: 0, ...src }, { ...null, ...undefined, ...5, ...true });
console.log({ ...'hi' }, { ...[1, , 3] }, { ...{ 2: 'two', 1: 'one', z: 'z' } });
const order = { z: 1, 10: 'ten', y: 2, 1: 'one' };
console.log(Object.keys({ ...order, w: 3 }));
let reads = 0;
const counted = { get v() { reads++; return reads; } };
const twice = { ...counted, ...counted };
console.log(twice.v, reads);
const deleter = { get a() { delete this.b; return 'a'; }, b: 'b', c: 'c' };
console.log({ ...deleter });
class K { constructor() { this.own = 1; } method() {} }
K.prototype.inherited = 2;
console.log({ ...new K() });
const m = new Map([[1, 2]]);
console.log({ ...m }, { ...[...m] });
function merge(...objs) { let r = {}; for (const o of objs) r = { ...r, ...o }; return r; }
console.log(merge({ a: 1 }, { b: 2 }, { a: 3 }));
let acc = {};
for (let i = 0; i < 100; i++) acc = { ...acc, ['k' + (i % 7)]: i };
console.log(acc);
const withFn = function () {};
withFn.prop = 'p';
console.log({ ...withFn });
const nested = { inner: { deep: 1 } };
const shallow = { ...nested };
console.log(shallow.inner === nested.inner);
