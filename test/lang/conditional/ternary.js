// ?: including nesting (right-assoc), mixed result types, and use in a hot loop.
function sign(x) {
  return x > 0 ? 1 : x < 0 ? -1 : x === 0 ? 0 : NaN;
}
console.log(sign(5), sign(-5), sign(0), sign(-0), sign(NaN), sign(Infinity));
function pick(x) {
  return x % 2 ? "odd" : x % 3 ? 1.5 : null;
}
for (let i = 0; i < 7; i++) console.log(i, pick(i));
let s = 0;
for (let i = 0; i < 20000; i++) {
  s += i % 3 === 0 ? i : i % 3 === 1 ? -i : 0.5;
}
console.log(s, true ? false ? 1 : 2 : 3, (0 ? 1 : 0) ? "a" : "b");
