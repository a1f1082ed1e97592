// A nested helper called thousands of times from its parent (tiers up on its
// own), mutating the parent's state.
function run(n) {
  let sum = 0;
  let calls = 0;
  function add(v) {
    calls++;
    sum += v;
    if (sum > 1000000) sum -= 1000000;
  }
  for (let i = 0; i < n; i++) add(i * 7);
  return sum + calls * 0.5;
}
console.log(run(10), run(100), run(30000));
function fact(n) {
  let r = 1;
  function mul(k) {
    r *= k;
  }
  for (let i = 2; i <= n; i++) mul(i);
  return r;
}
for (let i = 0; i <= 25; i += 5) console.log(i, fact(i));
