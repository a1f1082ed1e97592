// Closures several function levels deep reading and writing variables from
// every enclosing level; the innermost function is called hot.
function level1(a) {
  let x1 = a;
  return function level2(b) {
    let x2 = b;
    return function level3(c) {
      let x3 = c;
      return function level4(d) {
        x1 += 1;
        x2 += 10;
        x3 += 100;
        return x1 + x2 + x3 + d;
      };
    };
  };
}
const f = level1(1)(2)(3);
const g = level1(1)(2)(3);
let s = 0;
for (let i = 0; i < 5000; i++) s = (s + f(i)) % 1000003;
console.log(s, f(0), g(0));
const l2 = level1(0);
const h1 = l2(0)(0);
const h2 = l2(0)(0);
console.log(h1(0), h2(0), h1(0), h2(0));
function shadow() {
  const v = "outer";
  function inner() {
    const v = "inner";
    return () => v;
  }
  return [inner()(), (() => v)()];
}
console.log(shadow());
const chain = level1(10);
for (let i = 0; i < 3; i++) {
  const leaf = chain(i)(i * 2);
  console.log(i, leaf(0), leaf(1), leaf(2));
}
