// while loops: zero iterations, break/continue, conditions with side effects,
// and a hot loop (Collatz lengths) that gets compiled.
let i = 0;
while (false) i = 100;
console.log(i);
while (i < 10) {
  i++;
  if (i === 3) continue;
  if (i === 8) break;
  console.log("i", i);
}
let k = 5;
while (k--) console.log("k", k);
console.log("k after", k);
function collatz(n) {
  let steps = 0;
  while (n !== 1) {
    n = n % 2 === 0 ? n / 2 : 3 * n + 1;
    steps++;
  }
  return steps;
}
let best = 0, arg = 0;
let n = 1;
while (n < 3000) {
  let c = collatz(n);
  if (c > best) {
    best = c;
    arg = n;
  }
  n++;
}
console.log(arg, best, collatz(27), collatz(77031));
