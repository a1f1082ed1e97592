// BigInt64Array and BigUint64Array: elements set through ToBigInt (a number is a TypeError),
// read as BigInts, wrapping as the host wraps; no mixing with the number arrays.
const a = new BigInt64Array(3);
a[0] = 5n; a[1] = -1n; a[2] = 2n ** 63n;
console.log(a, a[2], typeof a[0], a.length, BigInt64Array.BYTES_PER_ELEMENT);
const u = new BigUint64Array([1n, 2n ** 64n - 1n, -1n]);
console.log(u, u.includes(1n), u.indexOf(2n ** 64n - 1n), [...u].map(String));
try { a[0] = 1; } catch (e) { console.log(e.constructor.name, e.message); }
try { new BigInt64Array([1, 2]); } catch (e) { console.log(e.constructor.name, e.message); }
try { new Float64Array(a); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(BigInt64Array.from([3n, 1n, 2n]).sort(), a.map((x) => x * 2n), a.filter((x) => x > 0n), a.at(-1), a.join('|'));
const f = new BigInt64Array(4).fill(7n); console.log(f, f.with(1, 9n), f.reduce((s, x) => s + x, 0n));
a[0] = '12'; a[1] = true; console.log(a.slice(0, 2), new BigInt64Array(new ArrayBuffer(16)), Object.prototype.toString.call(u));
const sorted = new BigInt64Array([5n, -3n, 10n]); sorted.sort((x, y) => (x < y ? 1 : -1)); console.log(sorted);
