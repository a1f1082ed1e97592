// Reading an undeclared name throws ReferenceError "x is not defined"; reading a
// let/const binding before its declaration throws the TDZ ReferenceError.
function attempt(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, e.name, e instanceof ReferenceError, "|", e.message);
  }
}
attempt("undeclared", () => notDeclaredAnywhere);
attempt("undeclared in expr", () => 1 + alsoMissing * 2);
attempt("undeclared call", () => missingFunction(1));
attempt("typeof is safe", () => typeof notDeclaredAnywhere);
attempt("tdz let", () => {
  const r = later + 1;
  let later = 5;
  return r;
});
attempt("tdz const in closure", () => {
  function peek() {
    return c;
  }
  const v = peek();
  const c = 1;
  return v;
});
let fixedLater = 0;
attempt("after init", () => fixedLater + 1);
let count = 0;
for (let i = 0; i < 5; i++) {
  try {
    if (i === 3) count += ghost;
    count++;
  } catch (e) {
    count += 100;
  }
}
console.log("count", count);
console.log("done");
