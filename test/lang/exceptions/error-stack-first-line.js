// The first line of e.stack is "Name: message" (only the first line is printed:
// the frames below it differ between runtimes).
function first(e) {
  return e.stack.split("\n")[0];
}
console.log(first(new Error("plain")));
console.log(first(new TypeError("typed")));
console.log(first(new RangeError("range")));
console.log(first(new Error()));
function thrower() {
  throw new ReferenceError("from a function");
}
try {
  thrower();
} catch (e) {
  console.log(first(e));
  console.log(typeof e.stack, e.stack.split("\n").length > 1);
}
try {
  const u = undefined;
  u.prop;
} catch (e) {
  console.log(first(e));
}
try {
  missingName;
} catch (e) {
  console.log(first(e));
}
function recurse() {
  return recurse();
}
try {
  recurse();
} catch (e) {
  console.log(first(e));
}
console.log("done");
