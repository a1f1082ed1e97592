// Micro benchmark FloatLoop: numerical integration with doubles. The midpoint rule integrates
// 4/(1+x^2) over [0,1] (= pi) with 100,000 steps, twice per benchmark(): an unboxed float64
// loop with a call per step. Verified to within 1e-9 of Math.PI.
'use strict';
const { Benchmark } = require('./core.js');

const STEPS = 100000;
const ROUNDS = 2;

function f(x) {
  return 4 / (1 + x * x);
}

function integrate(n) {
  const h = 1 / n;
  let s = 0;
  for (let i = 0; i < n; i++) s += f((i + 0.5) * h);
  return s * h;
}

class FloatLoop extends Benchmark {
  benchmark() {
    let worst = 0;
    for (let k = 0; k < ROUNDS; k++) worst = Math.max(worst, Math.abs(integrate(STEPS) - Math.PI));
    return worst;
  }

  verifyResult(result) {
    return result < 1e-9;
  }
}

module.exports = FloatLoop;
