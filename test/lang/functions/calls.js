// Calls: results as arguments, nested calls, calls in loops, implicit undefined
// return, return without value, early returns.
function add(a, b) {
  return a + b;
}
function noReturn(a) {
  a = a + 1;
}
function bare() {
  return;
}
function early(x) {
  if (x < 0) return "negative";
  if (x === 0) return "zero";
  for (let i = 0; i < 100; i++) {
    if (i * i >= x) return i;
  }
  return "big";
}
console.log(add(1, 2), add(add(1, 2), add(3, 4)), add(add(add(1, 1), 1), 1));
console.log(noReturn(5), bare(), typeof noReturn(1));
console.log(early(-3), early(0), early(50), early(1e6), early(9801));
let s = 0;
for (let i = 0; i < 50000; i++) s = add(s, i);
console.log(s);
console.log(add("a", 1), add(1.5, 2), add(true, 1), add(null, 1), add(undefined, 1));
