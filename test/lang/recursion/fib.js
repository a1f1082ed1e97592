// Recursive fibonacci: the classic call-heavy benchmark shape, printing a table
// of values (fib(25) forces thousands of calls so it tiers up in default mode).
function fib(n) {
  if (n < 2) return n;
  return fib(n - 1) + fib(n - 2);
}
for (let i = 0; i <= 25; i++) console.log(i, fib(i));
