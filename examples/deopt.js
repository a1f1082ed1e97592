// Deoptimization, shown. add(a, b) is called thousands of times with small ints, so kiln
// compiles it speculating that a, b and a + b are int32. Then it gets a double, an int32
// overflow, -0 and a string: each breaks an assumption, the guard fails, kiln rebuilds the
// interpreter frame and resumes there, and the printed results are exactly node's.
// Run `kiln --trace-deopt examples/deopt.js` to see each deopt: function, reason, bytecode
// offset and source position (--trace-format=json for JSON lines).
function add(a, b) {
  return a + b;
}
function scale(x) {
  return x * 3;
}

let total = 0;
for (let i = 0; i < 10000; i++) {
  total = add(total, i & 15);
  total = scale(total) % 1001;
}
console.log("warm (int32 only):", total, add(20, 22), scale(14));

console.log("a double:          ", add(0.5, 1), scale(0.1));
console.log("int32 overflow:    ", add(2147483647, 1), scale(1000000000));
console.log("-0:                ", scale(-0), add(-0, -0));
console.log("a string:          ", add("kiln ", 1), scale("7"));
console.log("back to int32:     ", add(1, 2), scale(5));

let drift = 0;
for (let i = 0; i < 10000; i++) drift = add(drift, 0.25);
console.log("doubles from now on:", drift);
