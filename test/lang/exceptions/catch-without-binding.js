// `catch { }` without a binding: the handler runs, the thrown value is dropped,
// and execution continues after the statement.
function parsePositive(s) {
  const n = Number(s);
  if (isNaN(n) || n <= 0) throw "bad: " + s;
  return n;
}
let ok = 0;
let bad = 0;
const inputs = ["1", "x", "3.5", "-2", "", "10"];
for (const s of inputs) {
  try {
    parsePositive(s);
    ok++;
  } catch {
    bad++;
  }
}
console.log("ok", ok, "bad", bad);
let log = "";
try {
  log += "a";
  throw 1;
} catch {
  log += "b";
} finally {
  log += "c";
}
console.log(log);
function swallow(f) {
  try {
    return f();
  } catch {
    return "swallowed";
  }
}
console.log(swallow(() => 5), swallow(() => { throw new Error("x"); }));
console.log("done");
