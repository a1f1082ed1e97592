// Deopt test: an add compiled for int32 (trained on ints) sees a string operand, which
// turns it into a concatenation. The guard on the marked line fails.
// expect-deopt: add not-int32|not-number
function add(a, b) {
  let r = a + b; // deopt-here
  return r;
}
let acc = 0;
for (let i = 0; i < 50; i++) acc = add(acc, i);
console.log(acc);
console.log(add("n=", 5), add(5, "!"), add(2, 3), add(-1, 0.5));
