// === and !== across every value kind in the subset (no coercion; NaN !== NaN;
// 0 === -0; int 1 === double 1.0).
function eq(a, b) {
  return a === b;
}
console.log(eq(1, 1), eq(1, 1.0), eq(0, -0), eq(NaN, NaN), eq(1, "1"), eq(true, 1));
console.log(eq(null, null), eq(undefined, undefined), eq(null, undefined), eq("a", "a"));
console.log(eq("ab", "a" + "b"), eq(`x${1}`, "x1"), eq(0.1 + 0.2, 0.3), eq(2147483648, 2 ** 31));
console.log(eq(eq, eq), eq(eq, strictEqual2), eq(Infinity, 1 / 0), eq(false, !1));
let hits = 0;
for (let i = 0; i < 100; i++) {
  if (i / 4 === Math.floor(i / 4)) hits++;
  if (i !== i + 0) hits += 1000;
}
console.log(hits, 3 !== 3.0, 3 !== "3", null !== undefined);
function strictEqual2(a, b) { return a === b; }
