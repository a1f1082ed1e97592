// OSR at an inner loop whose enclosing loop also cycles without entering it (the sieve
// shape): the outer latch becomes a loop header of its own in the OSR code.
function sieve(n) {
  const flags = [];
  for (let i = 0; i <= n; i++) flags.push(true);
  const primes = [];
  for (let i = 2; i <= n; i++) {
    if (flags[i]) {
      primes.push(i);
      for (let j = i * i; j <= n; j += i) flags[j] = false;
    }
  }
  return primes;
}
const p = sieve(30000);
console.log(p.length, p[p.length - 1], p.slice(0, 10));
console.log(sieve(100).join(' '));
