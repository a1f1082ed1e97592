// An accumulator that starts as an int32 and adds doubles: its phi is float64.
function mean(n) {
  let s = 0;
  for (let i = 0; i < n; i++) s += i * 0.5;
  return s / n;
}
mean(4);
console.log(mean(10));
