// One arithmetic site fed ints (thousands of calls: it tiers up speculating int32),
// then doubles, then strings, then ints again. Every phase prints node's results.
function add(a, b) {
  return a + b;
}
function mul(a, b) {
  return a * b;
}
let s = 0;
for (let i = 0; i < 5000; i++) s = add(s, i & 7);
console.log("ints", s, mul(6, 7));
console.log("doubles", add(0.5, 0.25), add(s, 0.5), mul(1.5, 2), mul(0.1, 3));
let d = 0;
for (let i = 0; i < 3000; i++) d = add(d, 0.5);
console.log("double loop", d);
console.log("strings", add("a", 1), add(1, "b"), add("x", "y"), mul("3", "4"), mul("a", 2));
console.log("back to ints", add(2, 3), mul(-4, 5), add(2147483647, 1), mul(0, -1));
let t = 0;
for (let i = 0; i < 3000; i++) t = add(t, i);
console.log(t);
