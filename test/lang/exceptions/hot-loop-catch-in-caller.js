// A callee called 100k times from a hot loop throws now and then; the caller's
// try/catch around the call handles it, so the throw crosses a call boundary
// between (possibly compiled) frames.
function check(i) {
  if (i % 997 === 0) throw new RangeError("multiple of 997: " + i);
  return i & 15;
}
function loop(n) {
  let total = 0;
  let errors = 0;
  let last = "";
  for (let i = 1; i <= n; i++) {
    try {
      total += check(i);
    } catch (e) {
      errors++;
      last = e.message;
    }
  }
  return total + " " + errors + " " + last;
}
console.log(loop(100000));
function middle(i) {
  return check(i) * 2;
}
function outerLoop(n) {
  let total = 0;
  let errors = 0;
  for (let i = 1; i <= n; i++) {
    try {
      total += middle(i);
    } catch (e) {
      if (!(e instanceof RangeError)) throw e;
      errors++;
    }
  }
  return total + " " + errors;
}
console.log(outerLoop(100000));
function loopNoCatch(n) {
  let total = 0;
  for (let i = 1; i <= n; i++) total += check(i + 1);
  return total;
}
let escaped = 0;
for (let round = 0; round < 5; round++) {
  try {
    loopNoCatch(5000);
  } catch (e) {
    escaped++;
  }
}
console.log("escaped", escaped);
console.log("done");
