// The order of try, catch and finally blocks with and without a throw, with a
// throw from catch, and with a return from try and catch.
const log = [];
function run(mode) {
  log.length = 0;
  try {
    log.push("try");
    if (mode === 1) throw "t";
    if (mode === 2) return "ret-try";
    log.push("try-end");
  } catch (e) {
    log.push("catch " + e);
    if (mode === 1) return "ret-catch";
  } finally {
    log.push("finally");
  }
  log.push("after");
  return "ret-after";
}
for (let m = 0; m < 3; m++) {
  const r = run(m);
  console.log(m, r, log.join(" > "));
}
function catchThrows() {
  try {
    try {
      throw "first";
    } catch (e) {
      log.push("inner catch " + e);
      throw "second";
    } finally {
      log.push("inner finally");
    }
  } catch (e) {
    log.push("outer catch " + e);
  }
}
log.length = 0;
catchThrows();
console.log(log.join(" > "));
let x = 0;
function sideEffect() {
  try {
    x = 1;
    return x;
  } finally {
    x = 2;
  }
}
console.log(sideEffect(), x);
console.log("done");
