// console.log prints keys in the same order as Object.keys: integer keys
// first (quoted, e.g. '1': ...), then the others in insertion order. Keys
// that are not identifiers are printed quoted.
console.log({ b: 1, a: 2, 2: "x", 1: "y" });
console.log({ "key-dash": 1, "with space": 2, _ok: 3, $dollar: 4, ok2: 5, "2abc": 6, "": 7 });
const o = {};
for (let i = 9; i >= 0; i--) o[i * 3] = i;
console.log(o);
const mixed = {};
const ks = ["zeta", "10", "alpha", "9", "beta", "0"];
for (const k of ks) mixed[k] = k.length;
console.log(mixed, Object.keys(mixed).join(" "));
console.log({ "é": 1, "日本": 2, a1: 3, A_B: 4 });
