// Deopt test: `scale` is small and straight-line, so the optimizer inlines it into the hot
// loop of `sumScaled`. When a double reaches it, the guard inside the inlined code fails:
// the deoptimizer rebuilds two interpreter frames (sumScaled at the call, scale at the
// multiply), the interpreter finishes scale, returns into sumScaled and finishes the loop.
// expect-deopt: scale not-int32|not-number|int32-overflow
// max-deopts: scale 5
function scale(x, k) {
  const y = x * k; // deopt-here
  return y + 1;
}
function sumScaled(n, k) {
  let s = 0;
  for (let i = 0; i < n; i++) s += scale(i, k);
  return s;
}
for (let r = 0; r < 20; r++) sumScaled(100, 3);
console.log(sumScaled(100, 3));
console.log(sumScaled(100, 0.5));
console.log(sumScaled(100, -0));
console.log(sumScaled(70000, 40000));
console.log(sumScaled(10, 3));
