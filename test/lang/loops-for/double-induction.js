// Loops whose induction variable is a double (0.1 steps accumulate rounding error, so the
// iteration count is node's, not the "obvious" one) and loops that switch their counter
// from int to double midway.
let n = 0;
let last = 0;
for (let x = 0; x < 1; x += 0.1) {
  n++;
  last = x;
}
console.log(n, last);
let m = 0;
for (let x = 1; x !== 0 && m < 100; x -= 0.25) m++;
console.log(m);
function mixedCounter(limit) {
  let c = 0;
  let steps = 0;
  while (c < limit) {
    c += c < 100 ? 1 : 0.75;
    steps++;
  }
  return steps + c / 1000;
}
console.log(mixedCounter(50), mixedCounter(1000), mixedCounter(30000));
