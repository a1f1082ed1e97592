// Benchmark: the warmup loop. sumTo(n) sums 0..n-1 in an int32 loop; it is called 10000
// times so the whole run is dominated by the loop body (100 million iterations), which a JIT
// compiles to a tight integer loop. Self-verifying: prints the total and whether it matches
// the closed form.
function sumTo(n) {
  let s = 0;
  for (let i = 0; i < n; i++) s += i;
  return s;
}
const N = 10000;
const CALLS = 10000;
let total = 0;
for (let k = 0; k < CALLS; k++) total += sumTo(N);
const expected = CALLS * (N * (N - 1) / 2);
console.log("sum-to-n", total, total === expected ? "ok" : "FAIL expected " + expected);
