// Trial-division prime counting: nested loops, %, early exit, int32 only.
function isPrime(n) {
  if (n < 2) return false;
  if (n % 2 === 0) return n === 2;
  for (let d = 3; d * d <= n; d += 2) if (n % d === 0) return false;
  return true;
}
let count = 0;
let last = 0;
for (let n = 0; n < 30000; n++) {
  if (isPrime(n)) {
    count++;
    last = n;
  }
  if (n % 5000 === 0) console.log(n, count, last);
}
console.log(count, last, isPrime(2147483647));
