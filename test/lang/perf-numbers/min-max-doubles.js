// Math.min / Math.max on doubles at hot sites (compiled as double compares): NaN, signed
// zeros, infinities, mixed int32 and double operands, values loaded from objects.
const vals = [0, -0, 1, -1, 0.5, -0.5, NaN, Infinity, -Infinity, 2147483647, 1e300, -1e-300, 3];
function mn(a, b) { return Math.min(a, b); }
function mx(a, b) { return Math.max(a, b); }
let out = "";
for (let r = 0; r < 60; r++) {
  out = "";
  for (const a of vals) {
    for (const b of vals) out += 1 / mn(a, b) + ":" + mn(a, b) + "/" + 1 / mx(a, b) + ":" + mx(a, b) + " ";
    out += "\n";
  }
}
console.log(out);
const box = { lo: 0.25, hi: 7.5 };
let acc = 0;
for (let i = 0; i < 5000; i++) {
  box.lo = (i % 7) * 0.5;
  acc += Math.max(box.lo, Math.min(box.hi, i % 11)) + Math.min(i, 3.5);
}
console.log(acc);
console.log(Math.max("4", 2), Math.min(null, 1), mx("x", 1));
