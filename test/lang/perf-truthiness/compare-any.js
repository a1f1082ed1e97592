// <, <=, >, >= on values of unpredictable types at hot sites (int32s and strings compiled
// inline; strings by code units, a proper prefix being smaller; everything else through the
// runtime: doubles, mixed types, conversions).
function lt(a, b) { return a < b; }
function le(a, b) { return a <= b; }
function gt(a, b) { return a > b; }
function ge(a, b) { return a >= b; }
const values = [0, 1, -1, 2147483647, -2147483648, 1.5, NaN, "", "a", "b", "ab", "abc", "B", "0", "9", "10", "\u00e9", "\ud83d\ude00", "\uffff", true, null, undefined, [2], {}];
let out = "";
for (let r = 0; r < 60; r++) {
  out = "";
  for (const a of values) {
    for (const b of values) out += (lt(a, b) ? 1 : 0) + (le(a, b) ? 2 : 0) + (gt(a, b) ? 4 : 0) + (ge(a, b) ? 8 : 0) + ",";
    out += "\n";
  }
}
console.log(out);
let digits = 0;
const text = "x1y22z333 a-9";
for (let r = 0; r < 500; r++) {
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c >= "0" && c <= "9") digits++;
  }
}
console.log(digits);
