// A call site that was hot with a function target (compiled in eager/default
// modes) later sees a number: the TypeError must still name the callee variable.
function inc(v) {
  return v + 1;
}
function callIt(fn, v) {
  return fn(v);
}
let s = 0;
for (let i = 0; i < 5000; i++) s = callIt(inc, s);
console.log(s);
let notFn = 42;
console.log("now with a number");
console.log(callIt(notFn, 1));
