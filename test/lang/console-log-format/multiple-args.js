// console.log with many arguments of mixed kinds, and with results of calls and
// operators inline; separators are single spaces.
function f(x) {
  return x * 2;
}
console.log(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16);
console.log("a", 1, "b", 2.5, "c", -0, null, undefined, true, f, f(2), f(0.25));
console.log("x", "y");
console.log("trailing space ", " leading space");
for (let i = 0; i < 3; i++) console.log("row", i, i * 0.5, i === 1, i > 1 ? null : undefined);
