// Micro benchmark Fib: recursive fib(25), about 240,000 calls per benchmark(): call and return
// overhead and int32 arithmetic in compiled-to-compiled calls.
'use strict';
const { Benchmark } = require('./core.js');

function fib(n) {
  if (n < 2) return n;
  return fib(n - 1) + fib(n - 2);
}

class Fib extends Benchmark {
  benchmark() {
    return fib(25);
  }

  verifyResult(result) {
    return result === 75025;
  }
}

module.exports = Fib;
