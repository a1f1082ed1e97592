// Object destructuring: renaming (a: b), defaults, rename with default
// (a: b = 1), computed keys, nested objects, missing properties, and
// destructuring array-like keys from arrays ({0: f, length}).
const o = { a: 1, b: 2, c: { d: 3, e: [4, 5] }, s: "str" };
const { a, b: bee, missing, z = "zdef", c: { d, e: [e0, e1] } } = o;
console.log(a, bee, missing, z, d, e0, e1);
const { q: renamed = "rdef", a: aa = 99 } = o;
console.log(renamed, aa);
const key = "s";
const { [key]: dyn, ["a"]: lit } = o;
console.log(dyn, lit);
const { 0: first, 2: third, length } = ["x", "y", "z"];
console.log(first, third, length);
const { length: sLen } = "hello";
console.log(sLen);
const { n = 10, m = n * 2 } = { n: 3 };
console.log(n, m);
const { u = "u-def" } = { u: null };
console.log(u);
function area({ w, h = w }) {
  return w * h;
}
let t = 0;
const shapes = [{ w: 2, h: 3 }, { w: 4 }, { h: 1, w: 5 }, { w: 1, h: 1, color: "r" }];
for (let i = 0; i < 4000; i++) t += area(shapes[i % 4]);
console.log(t);
