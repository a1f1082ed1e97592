// && || ! return operand values (not booleans) and follow truthiness for every
// kind: 0, -0, NaN, "", null, undefined are falsy.
console.log(1 && 2, 0 && 2, 1 || 2, 0 || 2, "" || "x", "a" && "b", null || undefined);
console.log(!0, !1, !-0, !NaN, !"", !"0", !null, !undefined, !!2.5, !!"false");
console.log(NaN || 0, -0 || "neg zero falsy", 0.0001 && "tiny truthy", Infinity && -Infinity);
function t(x) {
  return x ? "T" : "F";
}
console.log(t(0), t(-0), t(NaN), t(""), t(" "), t(null), t(undefined), t(-1), t(0.5), t("0"), t(t));
let a = 3, b = 0;
console.log(a && b, a || b, b || a, b && a, !a || b, !(a && b), a && b || "z");
