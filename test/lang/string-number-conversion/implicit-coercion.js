// Implicit string<->number coercion in operators: + prefers strings, other
// arithmetic converts to numbers, comparisons of two strings compare text but
// string vs number compares numerically. Run in a hot function with both.
function ops(a, b) {
  return [a + b, a - b, a * b, a < b, a == b, a === b];
}
const pairs = [[1, 2], ["1", 2], [1, "2"], ["1", "2"], ["10", "9"], ["10", 9], ["a", 1], ["", 0], [" 3 ", "3"], [true, "1"], [null, "0"], ["0.5", 0.5]];
for (const p of pairs) console.log(typeof p[0], typeof p[1], ops(p[0], p[1]).join(" "));
let n = 0;
for (let i = 0; i < 3000; i++) {
  const r = ops(i % 2 ? String(i) : i, i % 3 ? i + 1 : String(i + 1));
  if (r[3]) n++;
  if (typeof r[0] === "string") n += 10;
}
console.log(n);
let s = "5";
s++;
console.log(s, typeof s);
let u = "5";
u += 1;
console.log(u, typeof u);
let v = "5";
v -= 1;
console.log(v, typeof v);
