// Deopt test: an int32 add inside a compiled loop overflows. sumTo is trained on small n
// (compiled with int32 speculation at --jit-threshold=1), then asked for a sum past 2**31:
// the overflow guard on the marked line fails mid-loop and the interpreter finishes the loop.
// expect-deopt: sumTo int32-overflow
function sumTo(n) {
  let s = 0;
  for (let i = 0; i < n; i++) {
    s += i; // deopt-here
  }
  return s;
}
let check = 0;
for (let k = 0; k < 20; k++) check += sumTo(100);
console.log(check, sumTo(10));
console.log(sumTo(100000));
console.log(sumTo(65536), sumTo(65537));
