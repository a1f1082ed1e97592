// Arrays: the sieve of Eratosthenes over a boolean array, repeated; reads and writes by
// index in hot loops (bounds checks, one elements kind), plus pushes into a result array.
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

let count = 0;
let last = 0;
for (let k = 0; k < 10; k++) {
  const primes = sieve(100000);
  count += primes.length;
  last = primes[primes.length - 1];
}
console.log(count, last);
