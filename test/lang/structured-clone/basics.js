// structuredClone: the types it copies, cycles and shared references, holes and named array
// properties, errors, getters read once, typed arrays and buffers, and node's DataCloneErrors.
const d = new Date(5); const m = new Map([[1, { a: 1 }]]);
const o = { d, m, s: new Set([1, 'two']), r: /x/gi, arr: [1, , 3], n: null, u: undefined, nested: { deep: [1, { x: 2 }] }, e: new RangeError('bad') };
o.self = o; o.arr.extra = 1; o.shared = o.nested;
const c = structuredClone(o);
console.log(c.self === c, c.d === d, c.d instanceof Date, c.d.getTime(), c.m.get(1), c.m !== m, c.s, c.r, c.r.lastIndex, c.arr, c.arr.extra, 1 in c.arr, c.shared === c.nested, c.nested !== o.nested);
console.log(c.e instanceof RangeError, c.e.message, c.e.stack === o.e.stack, 'u' in c, c.n);
class P { constructor() { this.x = 1; } get y() { return 2; } }
console.log(structuredClone(new P()), structuredClone(Object.create({ inherited: 1 }, { own: { value: 1, enumerable: true }, hidden: { value: 2 } })));
const t = (f) => { try { console.log(f()); } catch (e) { console.log(e.name, e.message); } };
t(() => structuredClone(() => 1));
t(() => structuredClone({ f() {} }));
t(() => structuredClone(Symbol('s')));
t(() => structuredClone(Promise.resolve(1)));
t(() => structuredClone(new WeakMap()));
t(() => structuredClone());
console.log(structuredClone(new Number(3)), structuredClone('s'), structuredClone(new Error('m', { cause: { c: 1 } })).cause, structuredClone([1, 2], {}));
const getterObj = { get g() { console.log('getter ran'); return [1]; } };
console.log(structuredClone(getterObj));
const big = []; for (let i = 0; i < 20000; i++) big.push({ i, tags: ['a' + i] });
const bc = structuredClone(big);
console.log(bc.length, bc[19999].tags[0], bc[5] !== big[5]);
{
const u = new Uint8Array([1,2,3]); const c = structuredClone(u); c[0] = 9; console.log(u, c, c.buffer !== u.buffer, structuredClone(u.buffer), structuredClone(new DataView(u.buffer, 1)), structuredClone({ list: [new Float64Array([0.5])] }));
}
