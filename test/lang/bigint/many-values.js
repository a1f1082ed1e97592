// Many short-lived BigInts: each value has one heap object while it is reachable, freed ones
// are made again when the value comes back, and values kept in collections stay identical.
const keep = new Map();
for (let i = 0; i < 20000; i++) {
  const v = BigInt(i) * 1000003n + 7n;
  if (i % 1000 === 0) keep.set(v, i);
}
let hits = 0;
for (let i = 0; i < 20000; i += 1000) if (keep.get(BigInt(i) * 1000003n + 7n) === i) hits++;
console.log(keep.size, hits);
const seen = new Set();
for (let round = 0; round < 5; round++) for (let i = 0; i < 2000; i++) seen.add(BigInt(i % 500) ** 3n);
console.log(seen.size, seen.has(499n ** 3n), seen.has(500n ** 3n));
let s = 0n;
for (let i = 0; i < 30000; i++) s += BigInt(i) ** 2n;
console.log(s, s === 8999550005000n, [...seen].slice(0, 4));
