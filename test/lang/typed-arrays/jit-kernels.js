// Typed-array kernels hot enough for the optimizing tier (Float64Array and Int32Array
// elements are read and written inline), then every way the speculation can fail: an index
// past the end, a value that is not a number or not an int32, a second element type or
// shape at the same site, views into the middle of a buffer, a subclass.
function axpy(a, x, y, n) {
  for (let i = 0; i < n; i++) y[i] = a * x[i] + y[i];
  return y;
}
function sum(t) {
  let s = 0;
  for (let i = 0; i < t.length; i++) s += t[i];
  return s;
}
function readAt(t, i) {
  return t[i];
}
function writeAt(t, i, v) {
  t[i] = v;
  return t[i];
}
const n = 5000;
const x = new Float64Array(n);
const y = new Float64Array(n);
for (let i = 0; i < n; i++) {
  x[i] = i * 0.25;
  y[i] = n - i;
}
for (let r = 0; r < 30; r++) axpy(0.5, x, y, n);
console.log(sum(y), y[0], y[n - 1]);
const ints = new Int32Array(n);
for (let i = 0; i < n; i++) ints[i] = (i * 2654435761) | 0;
let acc = 0;
for (let r = 0; r < 30; r++) acc = (acc + sum(ints)) | 0;
console.log(acc, sum(ints));
for (let i = 0; i < 3000; i++) readAt(x, i % n);
console.log(readAt(x, n), readAt(x, -1), readAt(x, 1.5), readAt(x, 10));
for (let i = 0; i < 3000; i++) writeAt(y, i % n, i);
console.log(writeAt(y, 3, 'not a number'), writeAt(y, 4, '2.5'), writeAt(y, n + 5, 1), writeAt(y, 5, { valueOf() { return 7; } }));
for (let i = 0; i < 3000; i++) writeAt(ints, i % n, i);
console.log(writeAt(ints, 1, 3.7), writeAt(ints, 2, -1.5), writeAt(ints, 3, 2 ** 32 + 5), writeAt(ints, 4, NaN), writeAt(ints, 5, '12'));
console.log(readAt(ints, 1), readAt(new Float64Array([1.5]), 0), readAt(new Uint8Array([200]), 0), readAt([1, 2], 1), readAt('ab', 1));
const buf = new ArrayBuffer(8 * 100);
const whole = new Float64Array(buf);
const middle = new Float64Array(buf, 8 * 10, 20);
for (let r = 0; r < 50; r++) for (let i = 0; i < middle.length; i++) middle[i] = r + i;
console.log(whole[10], whole[29], whole[30], sum(middle));
class Vec extends Float64Array {
  norm() {
    let s = 0;
    for (let i = 0; i < this.length; i++) s += this[i] * this[i];
    return Math.sqrt(s);
  }
}
const v = new Vec(3);
v[0] = 3;
v[1] = 4;
let norms = 0;
for (let i = 0; i < 3000; i++) norms += v.norm();
console.log(norms, v instanceof Float64Array);
const tagged = new Float64Array(4);
tagged.label = 'extra property: a new shape';
for (let i = 0; i < 2000; i++) writeAt(tagged, i % 4, i);
console.log(sum(tagged), Object.keys(tagged));
