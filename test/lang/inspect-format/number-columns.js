// Grouped number arrays: the column count depends on the number of entries
// and the widest entry; numbers are right-aligned (padStart), negatives,
// doubles and -0 included. Sizes 7..40 and several width profiles.
function seq(n, f) {
  const a = [];
  for (let i = 0; i < n; i++) a.push(f(i));
  return a;
}
for (const n of [7, 10, 16, 17, 26, 40]) console.log(seq(n, (i) => i * i));
console.log(seq(12, (i) => -i * 7));
console.log(seq(9, (i) => i / 4));
console.log(seq(8, (i) => (i % 2 ? -0 : 0)));
console.log(seq(20, (i) => (i % 5 === 0 ? 1e6 : i)));
console.log(seq(10, (i) => 0.1 * i));
console.log(seq(7, (i) => [NaN, Infinity, -Infinity, 1e21, 1e-7, 2 ** 40, -1.5][i]));
console.log(seq(30, (i) => (i * 7919) % 1000));
