// Unbounded recursion throws a catchable RangeError "Maximum call stack size
// exceeded"; after catching it the program keeps running and recursion works again.
function down(n) {
  return down(n + 1) + 1;
}
function tryOverflow() {
  try {
    down(0);
    return "no overflow";
  } catch (e) {
    return e.name + ": " + e.message + " " + (e instanceof RangeError);
  }
}
console.log(tryOverflow());
console.log(tryOverflow());
function fact(n) {
  return n <= 1 ? 1 : n * fact(n - 1);
}
console.log("after overflow, fact(10) =", fact(10));
function mutualA(n) {
  return mutualB(n + 1);
}
function mutualB(n) {
  return mutualA(n + 1);
}
let depthReached = false;
try {
  mutualA(0);
} catch (e) {
  depthReached = e instanceof RangeError;
}
console.log("mutual recursion overflow caught:", depthReached);
const objs = [];
function allocDown(n) {
  const o = { n: n, next: null };
  if (n % 1000 === 0) objs.push(o);
  return allocDown(n + 1);
}
try {
  allocDown(0);
} catch (e) {
  console.log("allocating recursion:", e.message, objs.length > 0);
}
console.log("done");
