// Benchmark: numerical integration with doubles. The midpoint rule integrates 4/(1+x^2) over
// [0,1] (= pi) with 100000 steps, repeated 200 times (20 million steps in all): an unboxed
// float64 loop with a call per step. Like sum-to-n it is many calls of a loop rather than one
// long call, so a JIT that tiers up at function entry (no on-stack replacement yet) gets to
// run it. Self-verifying: the result must be within 1e-9 of Math.PI.
function f(x) {
  return 4 / (1 + x * x);
}
function integrate(n) {
  const h = 1 / n;
  let s = 0;
  for (let i = 0; i < n; i++) s += f((i + 0.5) * h);
  return s * h;
}
let pi = 0;
let worst = 0;
for (let k = 0; k < 200; k++) {
  pi = integrate(100000);
  worst = Math.max(worst, Math.abs(pi - Math.PI));
}
console.log("float-loop", pi, worst < 1e-9 ? "ok" : "FAIL");
