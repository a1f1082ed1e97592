// Long double accumulations (harmonic series, alternating series) hot enough to
// be compiled: results must be bit-identical to node's (no fused or reordered ops).
function harmonic(n) {
  let s = 0;
  for (let i = 1; i <= n; i++) {
    s += 1 / i;
  }
  return s;
}
function leibniz(n) {
  let s = 0;
  let sign = 1;
  for (let i = 0; i < n; i++) {
    s += sign / (2 * i + 1);
    sign = -sign;
  }
  return 4 * s;
}
for (let n = 1; n <= 100000; n *= 10) {
  console.log(n, harmonic(n), leibniz(n));
}
let z = 1;
for (let i = 0; i < 50; i++) {
  z = z * 1.5 - 0.25;
}
console.log(z);
