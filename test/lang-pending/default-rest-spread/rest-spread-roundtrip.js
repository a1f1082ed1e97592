// Forwarding arguments with rest + spread: wrappers that log and forward to
// functions of different arities, a variadic max, and argument reversal.
function wrap(f) {
  let calls = 0;
  const w = (...args) => {
    calls++;
    return f(...args);
  };
  return [w, () => calls];
}
const [add3, n1] = wrap((a, b, c) => a + b + c);
const [joinAll, n2] = wrap((...xs) => xs.join("."));
console.log(add3(1, 2, 3), add3("a", "b", "c"), add3(1), joinAll(), joinAll(1, 2, 3));
let s = 0;
for (let i = 0; i < 4000; i++) s += add3(i, 1, 2);
console.log(s, n1(), n2());
const rev = (...xs) => xs.reverse();
console.log(rev(1, 2, 3), rev(...rev(1, 2, 3)), rev());
function apply(f, args) {
  return f(...args);
}
console.log(apply(Math.max, [1, 5, 3]), apply((a, b) => a * b, [6, 7]), apply(rev, ["x", "y"]));
const [wmax, nmax] = wrap(Math.max);
for (let k = 0; k < 5; k++) {
  const args = [];
  for (let j = 0; j < k; j++) args.push((j * 7 + k) % 5);
  console.log(k, args, wmax(...args), rev(...args), joinAll(...args, "end"), nmax());
}
