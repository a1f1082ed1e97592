// A hot double loop (Newton's method sqrt, a simple LCG mapped to [0,1)) with
// comparisons on doubles: exercises unboxed float64 code and double compares.
function newtonSqrt(v) {
  let g = v / 2;
  for (let i = 0; i < 30; i++) {
    g = (g + v / g) / 2;
  }
  return g;
}
for (let v = 1; v <= 50; v += 7) {
  console.log(v, newtonSqrt(v), newtonSqrt(v) === Math.sqrt(v));
}
let seed = 42;
let inside = 0;
for (let i = 0; i < 20000; i++) {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  let px = seed / 2147483648;
  seed = (seed * 1103515245 + 12345) % 2147483648;
  let py = seed / 2147483648;
  if (px * px + py * py < 1) inside++;
}
console.log(seed, inside, 4 * inside / 20000);
