// A monomorphic call to a small function is inlined behind a check-function guard.
function sq(x) {
  return x * x;
}
function sumSquares(n) {
  let s = 0;
  for (let i = 0; i < n; i++) s += sq(i);
  return s;
}
sumSquares(5);
console.log(sumSquares(20));
