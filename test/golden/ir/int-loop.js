// int32 phis for the loop counter and the accumulator; the compare fuses into the branch.
function sumTo(n) {
  let s = 0;
  for (let i = 0; i < n; i++) s += i;
  return s;
}
sumTo(10);
console.log(sumTo(100));
