// Default parameters: used for missing and explicit undefined arguments but
// not for null, 0, "" or false; defaults may refer to earlier parameters and
// to outer variables, and are evaluated on every call.
function f(a, b = 2, c = a + b) {
  return [a, b, c];
}
console.log(f(1), f(1, 10), f(1, 10, 100), f(1, undefined, 5), f(1, null), f(1, 0), f(1, ""), f(1, false));
let counter = 0;
function g(x = ++counter) {
  return x;
}
console.log(g(), g(), g(50), g(undefined), counter);
const base = 100;
const h = (x, y = base * 2, z = [x, y]) => z;
console.log(h(1), h(1, 2), h());
function greet(name = "world", punct = "!") {
  return `hello ${name}${punct}`;
}
console.log(greet(), greet("kiln"), greet(undefined, "?"), greet("a", ""));
let s = 0;
for (let i = 0; i < 5000; i++) s += i % 2 ? f(i)[2] : f(i, 1)[2];
console.log(s);
function fresh(list = []) {
  list.push(list.length);
  return list;
}
console.log(fresh(), fresh(), fresh([9]));
