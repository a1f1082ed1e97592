// structuredClone keeps BigInts: alone, as property values, in arrays, Map keys and values,
// Sets, and BigInt wrapper objects.
const big = 123456789012345678901234567890n;
console.log(structuredClone(10n), structuredClone(-0n), structuredClone(big), typeof structuredClone(1n));
const o = structuredClone({ n: 1n, neg: -5n, nested: { deep: [big, 2n, 'x'] } });
console.log(o, o.nested.deep[0] === big, typeof o.n);
const arr = structuredClone([1n, , 3n]);
console.log(arr, arr.length, 1 in arr);
const m = structuredClone(new Map([[1n, 2n], ['k', [3n]]]));
console.log(m, m.get(1n), m.has(1n));
const s = structuredClone(new Set([1n, 1n, 2n]));
console.log(s, s.has(2n), s.size);
const wrapped = structuredClone(Object(7n));
console.log(typeof wrapped, wrapped, wrapped.valueOf() === 7n);
const shared = { v: 9n };
const twice = structuredClone([shared, shared]);
console.log(twice, twice[0] === twice[1]);
let sum = 0n;
for (const x of structuredClone(Array.from({ length: 500 }, (_, i) => BigInt(i) * 1000000000000n))) sum += x;
console.log(sum);
