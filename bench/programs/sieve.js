// Benchmark Sieve: the sieve of Eratosthenes over 1..5000 in a boolean array; one round finds 669
// primes. benchmark() runs ROUNDS rounds, each with a fresh array.
'use strict';
const { Benchmark } = require('./core.js');

const LIMIT = 5000;
const ROUNDS = 150;
const PRIMES_PER_ROUND = 669;

function countPrimes(limit) {
  const flags = new Array(limit);
  for (let i = 0; i < limit; i++) flags[i] = true;
  let primes = 0;
  // flags[i] stands for the number i + 1.
  for (let n = 2; n <= limit; n++) {
    if (flags[n - 1]) {
      primes++;
      for (let multiple = n + n; multiple <= limit; multiple += n) flags[multiple - 1] = false;
    }
  }
  return primes;
}

class Sieve extends Benchmark {
  benchmark() {
    let total = 0;
    for (let r = 0; r < ROUNDS; r++) total += countPrimes(LIMIT);
    return total;
  }

  verifyResult(result) {
    return result === PRIMES_PER_ROUND * ROUNDS;
  }
}

module.exports = Sieve;
