// ++ and += 1 counters pushed across 2**31 from just below it, in a loop that
// the JIT compiles while the counter is still int32.
function countFrom(start, steps) {
  let c = start;
  for (let i = 0; i < steps; i++) {
    c++;
  }
  return c;
}
console.log(countFrom(0, 10), countFrom(2147483600, 10));
console.log(countFrom(2147483600, 47), countFrom(2147483600, 48), countFrom(2147483600, 100));
let c = 2147483640;
for (let i = 0; i < 20; i++) {
  c += 1;
  console.log(c, c | 0, c >>> 0);
}
let d = -2147483640;
for (let i = 0; i < 20; i++) {
  d -= 1;
  console.log(d, d | 0);
}
