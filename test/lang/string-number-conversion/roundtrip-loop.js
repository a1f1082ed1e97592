// For many doubles, Number(String(x)) === x (shortest round-trip formatting
// must be exact). Counts mismatches over a generated sequence and prints a
// sample of the string forms.
let x = 1;
let mismatches = 0;
let totalLen = 0;
const sample = [];
for (let i = 0; i < 4000; i++) {
  x = (x * 1.37 + 0.11) % 1000;
  const y = x / (i + 1);
  const s = String(y);
  totalLen += s.length;
  if (Number(s) !== y) mismatches++;
  if (parseFloat(s) !== y) mismatches++;
  if (i % 400 === 0) sample.push(s);
}
console.log(mismatches, totalLen);
for (const s of sample) console.log(s);
const edges = [0.1, 0.2, 0.3, 1e-5, 1e-7, 123456789012345680000, 1e21, 5e-324, 2.2250738585072014e-308];
for (const e of edges) console.log(String(e), Number(String(e)) === e);
