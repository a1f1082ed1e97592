// Deoptimization, shown. Each function below is called thousands of times with small ints,
// so kiln compiles it speculating that its operands and its result are int32. Then one call
// breaks that assumption: a double, an int32 overflow, a -0 and a string. The guard that
// checks the assumption fails, kiln rebuilds the interpreter frame, resumes there at the
// exact bytecode, and the printed results are exactly node's.
// Run `kiln --trace-deopt examples/deopt.js` to see each deopt (function, reason, bytecode
// offset and source position; --trace-format=json for JSON lines):
//   addHalf: not-int32, addBig: int32-overflow, times: minus-zero, addText: not-int32
// and, first, warm: wrong-call-target (warm was compiled with addHalf inlined at f(...);
// when it is handed addBig the inlined call's target guard fails).
// One function per case, because feedback is per function: once `addHalf` has seen a double
// its recompiled code handles doubles, and would not deopt again on the next surprise.
function addHalf(a, b) {
  return a + b;
}
function addBig(a, b) {
  return a + b;
}
function times(a, b) {
  return a * b;
}
function addText(a, b) {
  return a + b;
}

function warm(f) {
  let total = 0;
  for (let i = 0; i < 5000; i++) total = (total + f(i & 15, 3)) % 1001;
  return total;
}
console.log("warm (int32 only):", warm(addHalf), warm(addBig), warm(times), warm(addText));

console.log("a double:          ", addHalf(0.5, 1));
console.log("int32 overflow:    ", addBig(2147483647, 1));
console.log("-0:                ", times(0, -3));
console.log("a string:          ", addText("kiln ", 1));
console.log("back to int32:     ", addHalf(1, 2), addBig(3, 4), times(5, 6), addText(7, 8));

let drift = 0;
for (let i = 0; i < 10000; i++) drift = addHalf(drift, 0.25);
console.log("doubles from now on:", drift);
