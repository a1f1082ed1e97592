// Creates around 500k short-lived closures (each capturing a fresh
// environment) and small objects holding them; only a few closures are
// retained. Calls through retained closures afterwards check their captured
// state survived collections.
function makeAdder(k) {
  let calls = 0;
  return (x) => {
    calls++;
    return x + k + calls;
  };
}
let s = 0;
const kept = [];
for (let i = 0; i < 500000; i++) {
  const f = makeAdder(i & 255);
  s = (s + f(1) + f(2)) % 1000000007;
  if (i % 50000 === 0) kept.push(f);
}
console.log(s, kept.length);
console.log(kept.map((f) => f(0)));
console.log(kept.map((f) => f(0)));
let t = 0;
for (let i = 0; i < 200000; i++) {
  const o = { v: i, get: () => o.v * 2 };
  t = (t + o.get()) % 1000000007;
}
console.log(t);
