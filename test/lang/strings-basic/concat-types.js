// String + with every primitive kind on either side, and left-to-right
// evaluation: 1 + 2 + "3" is "33" but "1" + 2 + 3 is "123". Also += chains
// on a string that started as a number.
console.log(1 + 2 + "3", "1" + 2 + 3, "1" + (2 + 3));
console.log("a" + true, "a" + false, "a" + null, "a" + undefined);
console.log(true + "b", null + "b", undefined + "b", NaN + "b");
console.log("n" + 0, "n" + -0, "n" + 1.5, "n" + -2.25, "n" + 1e21, "n" + 1e-7);
console.log("" + Infinity, "" + -Infinity, "" + NaN, "" + 0.1 * 3);
console.log("x" + "", "" + "", ("" + "").length);
let s = 5;
s += "";
console.log(typeof s, s, s + 1, s - 1, s * 2);
s += 5;
console.log(typeof s, s);
let t = "";
for (let i = 0; i < 10; i++) t += i % 3 === 0 ? i : "-" + i;
console.log(t, t.length);
const parts = ["alpha", "beta", "gamma"];
let joined = "";
for (let i = 0; i < parts.length; i++) joined = joined + parts[i] + (i < parts.length - 1 ? "," : "");
console.log(joined);
function cat(a, b) {
  return a + b;
}
let acc = 0;
for (let i = 0; i < 4000; i++) acc += cat(i, 1);
console.log("hot int", acc);
let str = "";
for (let i = 0; i < 4000; i++) {
  const r = cat("k", i);
  if (i % 800 === 0) str += r + ";";
}
console.log("hot str", str);
console.log("mixed", cat(1, "2"), cat("1", 2), cat(1.5, "x"), cat(true, 1), cat(null, 1));
