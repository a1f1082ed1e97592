// Property values of every kind (numbers, doubles, strings, booleans, null,
// undefined, arrays, objects, functions) stored in one object, overwritten
// with values of a different kind in a hot loop, and printed.
const o = { n: 1, d: 1.5, s: "str", t: true, nl: null, u: undefined, arr: [1, 2], obj: { k: "v" }, f: function () { return 1; } };
console.log(o);
function poke(obj, i) {
  switch (i % 5) {
    case 0: obj.v = i; break;
    case 1: obj.v = i + 0.5; break;
    case 2: obj.v = "s" + i; break;
    case 3: obj.v = i % 2 === 0; break;
    default: obj.v = null;
  }
  return obj.v;
}
let ints = 0;
let strs = 0;
for (let i = 0; i < 5000; i++) {
  const v = poke(o, i);
  if (typeof v === "number") ints += v;
  else if (typeof v === "string") strs += v.length;
}
console.log(ints, strs, o.v);
console.log(typeof o.f, o.f(), typeof o.arr, Array.isArray(o.arr), typeof o.nl, typeof o.u);
o.n = "now a string";
o.s = 42;
o.arr = { not: "array" };
console.log(o);
