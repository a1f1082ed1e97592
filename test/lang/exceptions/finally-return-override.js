// A return in finally overrides the try block's return value and discards a
// pending exception; a finally without return keeps the original value.
function overrideReturn() {
  try {
    return "try";
  } finally {
    return "finally";
  }
}
function overrideThrow() {
  try {
    throw new Error("lost");
  } finally {
    return "finally wins";
  }
}
function keepReturn() {
  let v = "orig";
  try {
    return v;
  } finally {
    v = "changed";
  }
}
function overrideCatch() {
  try {
    throw 1;
  } catch (e) {
    return "catch " + e;
  } finally {
    return "finally after catch";
  }
}
function nested() {
  try {
    try {
      return 1;
    } finally {
      return 2;
    }
  } finally {
    console.log("outer finally runs");
  }
}
function countCalls(n) {
  let calls = 0;
  for (let i = 0; i < n; i++) {
    let r;
    try {
      r = (function () {
        try {
          if (i % 2) throw i;
          return i;
        } finally {
          calls++;
          if (i % 3 === 0) return -i - 1;
        }
      })();
    } catch (e) {
      r = "escaped " + e;
      calls += 10000;
    }
    if (r < 0) calls += 100;
  }
  return calls;
}
console.log(overrideReturn());
console.log(overrideThrow());
console.log(keepReturn());
console.log(overrideCatch());
console.log(nested());
console.log(countCalls(10));
console.log("done");
