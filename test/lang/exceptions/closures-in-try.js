// Closures created inside try, catch and finally blocks capture the right
// bindings, including per-iteration let bindings of loops that throw.
const fns = [];
for (let i = 0; i < 4; i++) {
  let local = i * 100;
  try {
    fns.push(() => "try" + i + ":" + local);
    if (i % 2) throw i;
    local += 1;
  } catch (e) {
    local += 2;
    fns.push(() => "catch" + e + ":" + local);
  } finally {
    fns.push(() => "fin" + i + ":" + local);
  }
}
console.log(fns.map((f) => f()).join(" "));
function counter() {
  let n = 0;
  const inc = () => {
    n++;
    if (n % 3 === 0) throw n;
    return n;
  };
  return inc;
}
const c = counter();
const results = [];
for (let k = 0; k < 7; k++) {
  try {
    results.push(c());
  } catch (e) {
    results.push("x" + e);
  }
}
console.log(results.join(","));
function makeGuarded(f) {
  return function (x) {
    try {
      return "ok " + f(x);
    } catch (e) {
      return "err " + e;
    }
  };
}
const g = makeGuarded((x) => {
  if (x < 0) throw "neg";
  return x * x;
});
console.log(g(3), g(-1), g(0));
console.log("done");
