// Benchmark Permute: generates every permutation of a six-element array by recursive swapping and
// counts the calls of the recursive step (8660 per round for six elements). benchmark() runs
// ROUNDS rounds.
'use strict';
const { Benchmark } = require('./core.js');

const ELEMENTS = 6;
const ROUNDS = 100;
const CALLS_PER_ROUND = 8660;

class Permuter {
  constructor(n) {
    this.values = new Array(n);
    for (let i = 0; i < n; i++) this.values[i] = 0;
    this.calls = 0;
  }

  swap(i, j) {
    const t = this.values[i];
    this.values[i] = this.values[j];
    this.values[j] = t;
  }

  permute(n) {
    this.calls++;
    if (n === 0) return;
    const last = n - 1;
    this.permute(last);
    for (let i = last; i >= 0; i--) {
      this.swap(last, i);
      this.permute(last);
      this.swap(last, i);
    }
  }
}

class Permute extends Benchmark {
  benchmark() {
    let total = 0;
    for (let r = 0; r < ROUNDS; r++) {
      const p = new Permuter(ELEMENTS);
      p.permute(ELEMENTS);
      total += p.calls;
    }
    return total;
  }

  verifyResult(result) {
    return result === CALLS_PER_ROUND * ROUNDS;
  }
}

module.exports = Permute;
