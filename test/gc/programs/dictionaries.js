// Objects in dictionary mode (many properties, deletes) are created and dropped in bulk; the
// surviving ones keep every property, and new dictionaries reuse freed memory.
function bag(seed) {
  const o = {};
  for (let i = 0; i < 80; i++) o['p' + ((i * seed) % 97)] = i + seed;
  delete o.p0;
  return o;
}
const keep = [];
let sum = 0;
for (let i = 1; i < 3000; i++) {
  const b = bag(i);
  sum = (sum + Object.keys(b).length + b['p' + (i % 97)]) % 1000000007;
  if (i % 300 === 0) keep.push(b);
}
let check = 0;
for (const b of keep) for (const k in b) check = (check + b[k]) % 1000000007;
console.log(sum, keep.length, check, Object.keys(keep[0]).slice(0, 5));
