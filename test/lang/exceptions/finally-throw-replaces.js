// A throw inside finally replaces the exception (or return value) in flight;
// a throw inside catch runs the finally first, then propagates.
function replaceThrow() {
  try {
    throw "first";
  } finally {
    throw "second";
  }
}
function replaceReturn() {
  try {
    return "value";
  } finally {
    throw "from finally";
  }
}
function catchThenFinallyThrows() {
  try {
    throw 1;
  } catch (e) {
    throw e + 1;
  } finally {
    throw "finally " + 3;
  }
}
const log = [];
function catchThrowsFinallyLogs() {
  try {
    throw "a";
  } catch (e) {
    log.push("catch " + e);
    throw "b";
  } finally {
    log.push("finally");
  }
}
const fns = [replaceThrow, replaceReturn, catchThenFinallyThrows, catchThrowsFinallyLogs];
for (const f of fns) {
  try {
    console.log("returned", f());
  } catch (e) {
    console.log("caught", e);
  }
}
console.log(log.join(", "));
function loopReplace(n) {
  let last = null;
  for (let i = 0; i < n; i++) {
    try {
      try {
        throw i;
      } finally {
        if (i % 2) throw "odd " + i;
      }
    } catch (e) {
      last = e;
    }
  }
  return last;
}
console.log(loopReplace(4), loopReplace(5));
console.log("done");
