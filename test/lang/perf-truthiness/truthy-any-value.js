// ToBoolean of values whose type compiled code cannot predict (compiled inline for
// booleans, int32s, undefined, null, objects and strings by length; doubles through the
// runtime): every kind of value at one `if` and one `!`, hot enough to be compiled.
function truthy(v) {
  if (v) return 1;
  return 0;
}
function not(v) {
  return !v;
}
function ternary(v) {
  return v ? "yes" : "no";
}
const values = [
  true, false, 0, 1, -1, 2147483647, -2147483648, 0.5, -0, NaN, Infinity, -Infinity, 1e-300,
  undefined, null, "", "0", "a", "false", " ", {}, [], [0], function f() {}, class K {},
  "\u0000", "héllo", 4294967296, -0.0,
];
let line = "";
for (let round = 0; round < 200; round++) {
  line = "";
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    line += truthy(v) + (not(v) ? "t" : "f") + ternary(v)[0] + " ";
  }
}
console.log(line);
// An empty string made at run time (not a constant) and one that becomes empty.
let s = "abc";
let count = 0;
while (s) {
  s = s.substring(1);
  count++;
}
console.log(count, truthy(s), truthy("x".repeat(0)), truthy(String(0)));
