// RangeErrors raised by the runtime: invalid array lengths, a negative repeat
// count, toFixed digits out of range; each caught with its exact message.
function attempt(label, f) {
  try {
    const r = f();
    console.log(label, "->", r);
  } catch (e) {
    console.log(label, e.name, e instanceof RangeError, e instanceof Error, "|", e.message);
  }
}
attempt("new Array(-1)", () => new Array(-1));
attempt("new Array(1.5)", () => new Array(1.5));
attempt("new Array(3)", () => new Array(3).length);
attempt("length = -1", () => {
  const a = [1, 2];
  a.length = -1;
  return a.length;
});
attempt("repeat(-1)", () => "ab".repeat(-1));
attempt("repeat(2)", () => "ab".repeat(2));
attempt("toFixed(101)", () => (1.5).toFixed(101));
attempt("toFixed(-1)", () => (1.5).toFixed(-1));
let made = 0;
for (let n = -3; n <= 3; n++) {
  try {
    new Array(n);
    made++;
  } catch (e) {
    made += 10;
  }
}
console.log("made", made);
console.log("done");
