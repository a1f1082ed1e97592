// Deopt test: a multiply compiled for int32 operands (trained on ints) is given a double.
// The int32 check on the marked line fails; the result must still be node's.
// expect-deopt: scale not-int32|not-number
function scale(x, k) {
  let r = x * k; // deopt-here
  return r;
}
let acc = 0;
for (let i = 0; i < 50; i++) acc += scale(i, 3);
console.log(acc);
console.log(scale(0.5, 3), scale(2, 3), scale(1.25, -4), scale(7, 6));
