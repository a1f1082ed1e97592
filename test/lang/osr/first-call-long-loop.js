// A function whose first call runs a long loop: OSR during that call, a normal compile at
// the next; parameters reassigned before the loop keep their new values in OSR code.
function work(n, step) {
  step = step || 3;
  n = n + 1;
  let total = 0;
  let last;
  for (let i = 0; i < n; i++) {
    total += i % step;
    last = i;
  }
  return [total, last, step];
}
console.log(work(20000));
console.log(work(10, 4));
console.log(work(5000, 2));

function countdown(n) {
  let steps = 0;
  while (n > 1) {
    n = n % 2 === 0 ? n / 2 : 3 * n + 1;
    steps++;
    if (steps > 1000) break;
  }
  return steps;
}
let most = 0;
for (let i = 1; i < 3000; i++) most = Math.max(most, countdown(i));
console.log(most);
