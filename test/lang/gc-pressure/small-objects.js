// Allocates 2 million short-lived {x, y} objects in a hot loop while keeping
// a small live ring of 64 objects; a checksum over every object's fields and
// the final ring contents must survive any number of collections.
const ring = new Array(64);
let sum = 0;
for (let i = 0; i < 2000000; i++) {
  const p = { x: i % 1009, y: (i * 7) % 613 };
  sum = (sum + p.x * 3 + p.y) % 1000000007;
  if ((i & 4095) === 0) ring[(i >> 12) & 63] = p;
}
console.log(sum);
let rs = 0;
for (let i = 0; i < ring.length; i++) if (ring[i] !== undefined) rs += ring[i].x + ring[i].y;
console.log(rs, ring.slice(0, 4), ring[63]);
for (let i = 0; i < 64; i += 9) console.log(i, ring[i]);
function mk(i) {
  return { id: i, tag: i % 3, next: null };
}
let chain = null;
let kept = 0;
for (let i = 0; i < 300000; i++) {
  const o = mk(i);
  if (i % 10000 === 0) {
    o.next = chain;
    chain = o;
    kept++;
  }
}
let cs = 0;
let len = 0;
for (let n = chain; n !== null; n = n.next) {
  cs += n.id;
  len++;
}
console.log(kept, len, cs, chain.id, chain.next.id);
