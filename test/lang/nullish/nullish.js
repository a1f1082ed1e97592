// ?? only falls through on null/undefined (unlike ||), plus ??= assignment.
function d(x) {
  return x ?? "default";
}
console.log(d(0), d(-0), d(NaN), d(""), d(false), d(null), d(undefined), d(void 0));
let a = null;
let b;
let c = 0;
a ??= 5;
b ??= a ?? 7;
c ??= 9;
console.log(a, b, c);
let missing;
console.log(missing ?? null ?? undefined ?? "last", (null ?? 0) || "or", null ?? (0 || "or"));
function f(x, y) {
  return (x ?? 10) + (y ?? 20);
}
console.log(f(), f(1), f(1, 2), f(null, 2), f(undefined, null));
