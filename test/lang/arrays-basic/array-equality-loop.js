// Element-wise comparison of arrays with mixed contents (numbers, strings,
// NaN, -0, undefined) using === in a hot loop; NaN never equals itself and
// 0 === -0, so the counts check both rules.
function eqArr(a, b) {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
const cases = [
  [[1, 2, 3], [1, 2, 3]], [[1, 2], [1, 2, 3]], [["a", "b"], ["a", "b"]], [[NaN], [NaN]], [[0], [-0]],
  [[undefined], []], [[undefined], [undefined]], [[null], [undefined]], [["1"], [1]], [[], []], [[[1]], [[1]]],
];
for (const c of cases) console.log(eqArr(c[0], c[1]), c[0], c[1]);
let n = 0;
for (let i = 0; i < 3000; i++) {
  const c = cases[i % cases.length];
  if (eqArr(c[0], c[1])) n++;
}
console.log(n);
