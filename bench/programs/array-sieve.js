// Micro benchmark ArraySieve: the sieve of Eratosthenes over a boolean array grown by push, up to
// 20,000; reads and writes by index in hot loops (bounds checks, one elements kind), plus pushes
// into a result array. 2262 primes, the last 19997.
'use strict';
const { Benchmark } = require('./core.js');

const LIMIT = 20000;

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

class ArraySieve extends Benchmark {
  benchmark() {
    const primes = sieve(LIMIT);
    return primes.length * 100000 + primes[primes.length - 1];
  }

  verifyResult(result) {
    return result === 2262 * 100000 + 19997;
  }
}

module.exports = ArraySieve;
