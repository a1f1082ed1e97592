// Recursion with several arguments and non-tail calls (Ackermann), plus tail-shaped
// recursion (gcd) and recursion over doubles (power by squaring).
function ack(m, n) {
  if (m === 0) return n + 1;
  if (n === 0) return ack(m - 1, 1);
  return ack(m - 1, ack(m, n - 1));
}
function gcd(a, b) {
  return b === 0 ? a : gcd(b, a % b);
}
function pow(b, e) {
  if (e === 0) return 1;
  let h = pow(b, Math.floor(e / 2));
  return e % 2 === 0 ? h * h : h * h * b;
}
for (let m = 0; m <= 2; m++) for (let n = 0; n <= 4; n++) console.log("ack", m, n, ack(m, n));
console.log(ack(3, 3));
console.log(gcd(1071, 462), gcd(17, 5), gcd(0, 9), gcd(2147483647, 1073741823), gcd(-12, 18));
console.log(pow(2, 10), pow(2, 31), pow(2, 62), pow(1.5, 7), pow(-3, 5), pow(10, 22));
