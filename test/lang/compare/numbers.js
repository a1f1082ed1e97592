// Relational operators on ints, doubles, mixed int/double, and the int32 edges.
function show(a, b) {
  console.log(a, b, a < b, a <= b, a > b, a >= b);
}
show(1, 2);
show(2, 1);
show(2, 2);
show(-1, 1);
show(1.5, 1);
show(1, 1.0);
show(-0, 0);
show(2147483647, 2147483648);
show(-2147483648, -2147483649);
show(0.1 + 0.2, 0.3);
show(-Infinity, Infinity);
show(1e-300, 0);
let lo = 0;
let hi = 1000;
let steps = 0;
while (lo < hi) {
  let mid = Math.floor((lo + hi) / 2);
  if (mid * mid < 123456) lo = mid + 1;
  else hi = mid;
  steps++;
}
console.log(lo, steps);
