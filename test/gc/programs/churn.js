// Allocates about 240 MB in short-lived strings, objects, arrays, contexts and closures
// (15 times a --max-heap of 16 MB) while a ring of survivors is checked at the end. Each
// label is a rope (400 units and a number) that reading its last unit flattens: a rope and
// an 800-byte flat string per iteration.
let pad = '';
for (let i = 0; i < 400; i++) pad += 'abcdefghij'[i % 10];
function make(i) {
  const label = pad + i;
  const obj = { i, label, parts: [i, i * 2, label.charCodeAt(label.length - 1)] };
  return () => obj.parts[0] + obj.parts[1] + obj.label.length;
}
const ring = [];
let sum = 0;
for (let i = 0; i < 200000; i++) {
  const f = make(i);
  sum = (sum + f()) % 1000000007;
  if (i % 1000 === 0) ring[(i / 1000) % 16] = f;
}
let check = 0;
for (const f of ring) check += f();
console.log(sum, ring.length, check);
