// BigInt arithmetic: exact at any size, truncating division, the sign of % from the
// dividend, shifts by negative amounts, and the errors the spec names.
const cases = [
  [7n, 2n], [-7n, 2n], [7n, -2n], [-7n, -2n], [0n, 5n], [2n ** 64n, 3n], [-(2n ** 70n), 2n ** 35n],
];
for (const [a, b] of cases) {
  console.log(a + b, a - b, a * b, a / b, a % b, a & b, a | b, a ^ b, -a, ~a);
}
console.log(1n << 100n, (1n << 100n) >> 99n, 5n << -1n, 5n >> -2n, -1n >> 1000n, 2n ** 0n, 0n ** 0n, (-2n) ** 3n);
console.log(12345678901234567890n * 98765432109876543210n, (10n ** 40n) / 7n);
for (const f of [() => 1n / 0n, () => 1n % 0n, () => 2n ** -1n, () => 1n >>> 0n, () => 1n + 1, () => 1 * 2n, () => +1n, () => Math.abs(-1n)]) {
  try { console.log(f()); } catch (e) { console.log(`${e.constructor.name}: ${e.message}`); }
}
let i = 0n;
i++; ++i; i += 5n; i -= 1n; i *= 3n; i **= 2n; i /= 4n; i %= 100n; i <<= 3n; i >>= 1n; i &= 0xffn; i |= 1n; i ^= 3n;
console.log(i, typeof i);
let j = 5n;
const old = j--;
console.log(old, j, typeof old, j++ + 1n, -j, - -j);
