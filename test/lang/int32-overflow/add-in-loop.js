// A hot loop whose int32 accumulator overflows mid-loop (after ~46341 iterations)
// and keeps going as a double: the classic int32-overflow deopt in compiled code.
function sumSquares(n) {
  let s = 0;
  for (let i = 0; i < n; i++) {
    s += i * i;
    if (i % 5000 === 0) console.log(i, s);
  }
  return s;
}
console.log(sumSquares(100));
console.log(sumSquares(2000));
console.log(sumSquares(60000));
console.log(sumSquares(100));
