// A handler that annotates the caught value and rethrows it: the outer handler
// receives the very same object, with the annotations of every level.
function inner() {
  throw { path: ["inner"] };
}
function middle() {
  try {
    inner();
  } catch (e) {
    e.path.push("middle");
    throw e;
  }
}
function outer() {
  try {
    middle();
  } catch (e) {
    e.path.push("outer");
    throw e;
  }
}
let kept = null;
try {
  outer();
} catch (e) {
  kept = e;
  console.log(e.path.join(" <- "));
}
const err = new Error("original");
function rethrowError() {
  try {
    throw err;
  } catch (e) {
    if (e.message === "original") throw e;
    return "not rethrown";
  }
}
try {
  rethrowError();
} catch (e) {
  console.log(e === err, e.message, kept.path.length);
}
function selective(v) {
  try {
    throw v;
  } catch (e) {
    if (typeof e === "number") return "handled number " + e;
    throw e;
  }
}
const values = [1, "s", 2.5, true];
for (const v of values) {
  try {
    console.log(selective(v));
  } catch (e) {
    console.log("passed through", typeof e, e);
  }
}
console.log("done");
