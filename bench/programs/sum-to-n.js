// Micro benchmark SumToN: the warmup loop. sumTo(n) sums 0..n-1 in an int32 loop, called 100
// times per benchmark() (1 million additions), so a JIT compiles it to a tight integer loop.
'use strict';
const { Benchmark } = require('./core.js');

const N = 10000;
const CALLS = 100;

function sumTo(n) {
  let s = 0;
  for (let i = 0; i < n; i++) s += i;
  return s;
}

class SumToN extends Benchmark {
  benchmark() {
    let total = 0;
    for (let k = 0; k < CALLS; k++) total += sumTo(N);
    return total;
  }

  verifyResult(result) {
    return result === CALLS * ((N * (N - 1)) / 2);
  }
}

module.exports = SumToN;
