// Shortest round-trip number formatting over a sweep of magnitudes and fractions
// (the printing helper of compiled code and the interpreter must agree with node).
let v = 1;
for (let i = 0; i < 30; i++) {
  console.log(v, -v, v / 7, v * 1.1);
  v *= 7.3;
}
let t = 1;
for (let i = 0; i < 30; i++) {
  t /= 9.1;
  console.log(t);
}
console.log(0.1, 0.2, 0.3, 0.7, 1.1, 2.675, 1.005, 100.01, 1 / 3, 2 / 3, 10 / 3);
console.log(4.35 * 100, 1.1 + 2.2, 3 * 1.1, 0.57 * 100, 9007199254740993, 1e23, 1e22);
