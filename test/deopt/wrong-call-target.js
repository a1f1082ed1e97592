// Deopt test: the call site in `apply` only ever called `double` while it was profiled, so
// `double` is inlined behind a guard on the callee. Passing `triple` fails that guard
// (wrong-call-target); the recompiled code calls through the normal call path instead.
// expect-deopt: apply wrong-call-target
// max-deopts: apply 5
function double(x) {
  return x * 2;
}
function triple(x) {
  return x * 3;
}
function apply(f, n) {
  let s = 0;
  for (let i = 0; i < n; i++) s += f(i); // deopt-here
  return s;
}
for (let r = 0; r < 20; r++) apply(double, 50);
console.log(apply(double, 50));
console.log(apply(triple, 50));
for (let r = 0; r < 20; r++) apply(triple, 50);
console.log(apply(double, 50), apply(triple, 50));
