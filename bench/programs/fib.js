// Benchmark: recursive fib(30), about 1.6 million calls: measures call and return overhead
// and int32 arithmetic in compiled-to-compiled calls. Self-verifying against the known value.
function fib(n) {
  if (n < 2) return n;
  return fib(n - 1) + fib(n - 2);
}
const r = fib(30);
console.log("fib(30)", r, r === 832040 ? "ok" : "FAIL expected 832040");
