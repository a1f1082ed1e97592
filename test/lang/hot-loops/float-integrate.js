// Numerical integration with doubles (midpoint rule) in a hot loop; results
// printed at full precision so any reordering of float ops is caught.
function f(x) {
  return 4 / (1 + x * x);
}
function integrate(n) {
  let h = 1 / n;
  let s = 0;
  for (let i = 0; i < n; i++) {
    let x = (i + 0.5) * h;
    s += f(x);
  }
  return s * h;
}
for (let n = 1; n <= 100000; n *= 10) console.log(n, integrate(n), integrate(n) - Math.PI);
