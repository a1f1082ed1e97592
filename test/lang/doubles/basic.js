// Double arithmetic and printing: shortest round-trip formatting of inexact sums
// and products must match node's Number#toString exactly.
console.log(0.1 + 0.2, 0.3 - 0.1, 0.1 * 3, 1.1 * 1.1);
console.log(1.5 + 1.5, 2.5 * 4, 7.5 / 2.5, 0.5 - 0.5);
console.log(3.14159 * 2, 1 / 3 + 1 / 3 + 1 / 3, 9.95 * 100);
let x = 0;
for (let i = 0; i < 10; i++) {
  x = x + 0.1;
  console.log(i, x);
}
let y = 1;
for (let i = 0; i < 10; i++) {
  y = y / 3;
  console.log(i, y, y * 3);
}
console.log(1.0, 2.50, -0.0, 100.0 / 4);
console.log(.5, 5., 1e3, 1.5e3, 2e-3, 0xff, 0o17, 0b1011, 1_000_000);
