// A compare site trained on int32, then hit with doubles, NaN, strings, null and
// booleans (each needs a different compare path).
function less(a, b) {
  return a < b;
}
function eq(a, b) {
  return a === b;
}
let c = 0;
for (let i = 0; i < 5000; i++) if (less(i, 2500)) c++;
console.log(c);
console.log(less(1.5, 2), less(2, 1.5), less(NaN, 1), less(1, NaN), less(-0, 0));
console.log(less("a", "b"), less("10", "9"), less(null, 1), less(undefined, 1), less(true, 2));
console.log(eq(1, 1), eq(1, 1.0), eq(1, "1"), eq(NaN, NaN), eq(0, -0), eq(null, undefined));
c = 0;
for (let i = 0; i < 5000; i++) if (less(i * 0.5, 1000.25)) c++;
console.log(c);
