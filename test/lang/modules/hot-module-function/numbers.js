function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
function sumTo(n) {
  let s = 0;
  for (let i = 0; i <= n; i++) s += i;
  return s;
}
module.exports = { fib, sumTo };
