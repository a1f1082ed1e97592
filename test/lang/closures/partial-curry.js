// Currying and partial application with closures and rest/spread: curry
// builds nested closures until enough arguments arrived; partial fixes a
// prefix; both are applied in hot loops.
function curry3(f) {
  return (a) => (b) => (c) => f(a, b, c);
}
function partial(f, ...fixed) {
  return (...rest) => f(...fixed, ...rest);
}
const vol = (a, b, c) => a * b * c;
const cv = curry3(vol);
console.log(cv(2)(3)(4), cv(1)(1)(1), partial(vol, 2)(5, 5), partial(vol, 2, 3)(7), partial(vol)(1, 2, 3));
const join3 = (a, b, c) => `${a}-${b}-${c}`;
console.log(curry3(join3)("x")("y")("z"), partial(join3, "p")("q", "r"));
const byTwo = cv(2);
let s = 0;
for (let i = 0; i < 3000; i++) s += byTwo(i % 10)(3);
console.log(s);
const add = partial((...xs) => xs.reduce((a, b) => a + b, 0), 1, 2);
let t = 0;
for (let i = 0; i < 3000; i++) t += add(i, i);
console.log(t, add(), add(10));
for (let a = 1; a <= 3; a++) {
  const pa = cv(a);
  for (let b = 1; b <= 2; b++) console.log(a, b, pa(b)(10), partial(join3, a, b)("end"), curry3(join3)(a)(b)(a * b));
}
