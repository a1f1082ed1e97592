// The classic warmup experiment. sumTo(n) sums 0..n-1 in an int32 loop (sumTo(10000) is
// 49995000); each round calls it 2000 times and prints how long the round took, measured with
// performance.now(), plus a checksum. Under `kiln` the first round(s) run in the interpreter
// and later ones in machine code, so the times drop; `kiln --trace-tier examples/warmup.js`
// shows when sumTo is compiled. Sized so the whole run takes a few seconds under
// `node --jitless` (a plain interpreter). Only the checksums are deterministic.
function sumTo(n) {
  let s = 0;
  for (let i = 0; i < n; i++) {
    s += i;
  }
  return s;
}

const N = 10000;
const CALLS_PER_ROUND = 2000;
for (let round = 0; round < 8; round++) {
  const start = performance.now();
  let checksum = 0;
  for (let k = 0; k < CALLS_PER_ROUND; k++) {
    checksum += sumTo(N);
  }
  const ms = performance.now() - start;
  console.log(`round ${round}: ${Math.round(ms * 10) / 10} ms (checksum ${checksum})`);
}
console.log("sumTo(10000) =", sumTo(10000));
