// Nested try statements: an inner catch handles what it can and rethrows the
// rest; inner finally blocks run before outer handlers; depth-3 nesting.
const trace = [];
function level(n, fail) {
  try {
    trace.push("enter" + n);
    if (n === fail) throw "fail@" + n;
    if (n < 3) level(n + 1, fail);
    trace.push("leave" + n);
  } finally {
    trace.push("fin" + n);
  }
}
for (let fail = 0; fail <= 4; fail++) {
  trace.length = 0;
  try {
    level(1, fail);
    trace.push("ok");
  } catch (e) {
    trace.push("caught " + e);
  }
  console.log(fail, trace.join(","));
}
let out = "";
try {
  try {
    try {
      throw 1;
    } catch (a) {
      out += "c1:" + a + " ";
      throw a + 1;
    }
  } catch (b) {
    out += "c2:" + b + " ";
    try {
      throw b + 1;
    } catch (c) {
      out += "c3:" + c + " ";
    }
    throw b * 10;
  }
} catch (d) {
  out += "c4:" + d;
}
console.log(out);
console.log("done");
