// typeof of values of every type at hot sites (compiled inline to the interned type-name
// strings), alone and compared with === / !== against literals, as a JSON walker does.
const values = [0, -1, 1.5, NaN, -0, true, false, undefined, null, "", "s", {}, [], [1], function f() {}, class K {}, () => 1, new Map()];
function kind(v) {
  return typeof v;
}
function classify(v) {
  if (typeof v === "number") return 1;
  if (typeof v === "string") return 2;
  if (typeof v === "boolean") return 3;
  if (typeof v !== "object") return typeof v === "function" ? 4 : 5;
  return v === null ? 6 : Array.isArray(v) ? 7 : 8;
}
let out = "";
let sum = 0;
for (let r = 0; r < 300; r++) {
  out = "";
  for (const v of values) {
    out += kind(v) + " ";
    sum += classify(v);
  }
}
console.log(out);
console.log(sum, typeof kind, typeof typeof 1, kind(kind(1)).length);
