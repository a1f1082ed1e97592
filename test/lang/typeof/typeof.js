// typeof for every value kind, on expressions, on undeclared names (no error),
// and compared in conditions (the common typeof x === "number" idiom).
function f() {}
let u;
console.log(typeof 1, typeof 1.5, typeof -0, typeof NaN, typeof Infinity);
console.log(typeof "s", typeof "", typeof `t`, typeof true, typeof null, typeof undefined, typeof u);
console.log(typeof f, typeof typeof 1, typeof (1 + "1"), typeof (1 - "1"), typeof void 0);
console.log(typeof notDeclaredAnywhere, typeof Math.PI, typeof Math.E);
console.log(void 0, void "x", void f(), typeof Date.now(), typeof performance.now());
function kind(x) {
  if (typeof x === "number") return x === (x | 0) ? "int-ish" : "double";
  if (typeof x === "string") return "str";
  return typeof x;
}
let counts = "";
for (let i = 0; i < 6; i++) {
  let v = i === 0 ? 3 : i === 1 ? 3.5 : i === 2 ? "3" : i === 3 ? null : i === 4 ? undefined : false;
  counts += kind(v) + " ";
}
console.log(counts);
