// == and != with coercions: null == undefined, numeric strings, booleans to
// numbers, and the cases that look equal but are not.
function leq(a, b) {
  return a == b;
}
console.log(leq(null, undefined), leq(null, 0), leq(undefined, 0), leq(null, false), leq(undefined, null));
console.log(leq(1, "1"), leq(0, ""), leq(0, "0"), leq("", "0"), leq(" 1 ", 1), leq("1e2", 100));
console.log(leq(true, 1), leq(true, "1"), leq(false, "0"), leq(true, 2), leq(false, ""));
console.log(leq(NaN, NaN), leq(NaN, "NaN"), leq(Infinity, "Infinity"), leq(-0, "0"), leq("x", "x"));
console.log(1 != "1", null != 0, undefined != null, "a" != "b", 2 != 2.0);
for (let i = 0; i < 5; i++) {
  let v = i === 0 ? 0 : i === 1 ? "0" : i === 2 ? false : i === 3 ? null : undefined;
  console.log(i, v == 0, v == false, v == null, v != "");
}
