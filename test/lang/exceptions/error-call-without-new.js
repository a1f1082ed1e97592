// Error constructors called without new behave like with new: Error("m") is an
// Error with that message, TypeError("t") a TypeError, and so on.
const a = Error("called");
const b = new Error("constructed");
console.log(a instanceof Error, a.message, a.name, String(a));
console.log(b instanceof Error, b.message, b.name, String(b));
const kinds = [TypeError, RangeError, ReferenceError, SyntaxError];
for (const K of kinds) {
  const e = K("no new " + K.name);
  console.log(e instanceof K, e instanceof Error, e.name, e.message);
}
function fail(msg) {
  throw Error(msg);
}
try {
  fail("thrown without new");
} catch (e) {
  console.log("caught", e.name, e.message, e.stack.split("\n")[0]);
}
const errs = [1, 2, 3].map((i) => RangeError("r" + i));
console.log(errs.map((e) => e.message).join(","), errs.every((e) => e instanceof RangeError));
console.log("done");
