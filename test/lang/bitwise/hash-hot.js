// A hot integer hash loop (xorshift and a multiplicative hash with Math.imul) that
// stays in int32 via |0 and >>>: bit ops are the JIT's cheapest int32 paths.
function xorshift(x) {
  x ^= x << 13;
  x ^= x >> 17;
  x ^= x << 5;
  return x;
}
function fnv(n) {
  let h = 2166136261 | 0;
  for (let i = 0; i < n; i++) {
    h ^= i & 255;
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}
let x = 2463534242;
for (let i = 0; i < 30000; i++) {
  x = xorshift(x);
  if (i % 3000 === 0) console.log(i, x, x >>> 0);
}
console.log(fnv(10), fnv(1000), fnv(50000));
