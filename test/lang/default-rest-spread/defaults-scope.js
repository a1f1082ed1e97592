// Default parameter expressions see earlier parameters and outer bindings,
// can call functions and create closures capturing the parameters; each call
// gets fresh default values.
let outer = "outer";
function f(a = outer, b = a + "!", get = () => a + b) {
  a = "changed";
  return [b, get()];
}
console.log(f(), f("x"), f("x", "y"));
function mk(n, arr = new Array(n).fill(n)) {
  return arr;
}
const m1 = mk(2);
const m2 = mk(2);
m1.push(0);
console.log(m1, m2, mk(0), mk(3, ["given"]));
function counterDefault(step = 1, state = { n: 0 }) {
  state.n += step;
  return state;
}
const shared = { n: 100 };
let last;
for (let i = 0; i < 3000; i++) last = counterDefault(i % 2 ? 1 : undefined, i % 3 ? shared : undefined);
console.log(last, shared);
for (let i = 0; i < 4; i++) {
  const st = counterDefault(i === 0 ? undefined : i);
  console.log(i, st, counterDefault(i, st), f(i === 3 ? undefined : "v" + i, i === 1 ? undefined : "w"));
}
