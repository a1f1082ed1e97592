// BigInts in code that gets hot: compiled arithmetic falls back to the runtime's BigInt
// operations, compiled ToBoolean sees 0n as false, compiled typeof answers 'bigint'.
function fib(n) {
  let a = 0n, b = 1n;
  for (let i = 0; i < n; i++) [a, b] = [b, a + b];
  return a;
}
function countdown(n) {
  let steps = 0;
  while (n) { n -= 1n; steps++; }
  return steps;
}
function kinds(values) {
  const out = {};
  for (const v of values) out[typeof v] = (out[typeof v] || 0) + 1;
  return out;
}
function mixed(x) {
  return x < 10n ? 'small' : x > 1000 ? 'huge' : 'mid';
}
let total = 0n;
for (let r = 0; r < 200; r++) total += fib(r % 50);
console.log(total, fib(200), countdown(300n));
console.log(kinds([1, 1n, 'a', 2n, true, 3n, null]));
const labels = [];
for (let k = 0; k < 300; k++) labels.push(mixed(BigInt(k * 7)));
console.log(labels.slice(0, 3), labels.slice(-3), labels.filter((l) => l === 'mid').length);
function powmod(base, exp, mod) {
  let result = 1n;
  base %= mod;
  while (exp > 0n) {
    if (exp & 1n) result = (result * base) % mod;
    exp >>= 1n;
    base = (base * base) % mod;
  }
  return result;
}
let acc = 0n;
for (let k = 1n; k <= 200n; k++) acc = (acc + powmod(k, 65537n, 1000000007n)) % 1000000007n;
console.log(acc);
