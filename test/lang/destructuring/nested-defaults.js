// Deeply nested patterns with defaults at several levels: a default object
// whose fields are themselves destructured with defaults; defaults evaluated
// lazily (a counter shows how many times a default expression ran).
let evals = 0;
function dflt(v) {
  evals++;
  return v;
}
const cfgs = [
  {},
  { server: {} },
  { server: { port: 8080 } },
  { server: { host: "h", port: 1 }, debug: true },
  { server: { opts: { retries: 5 } } },
];
for (const c of cfgs) {
  const { server: { host = dflt("localhost"), port = dflt(80), opts: { retries = dflt(3) } = {} } = {}, debug = false } = c;
  console.log(host, port, retries, debug, evals);
}
const [[a = 1, b = 2] = [], { c = 3 } = {}] = [];
console.log(a, b, c);
const [[d = 1, e = 2] = [10, 20]] = [];
console.log(d, e);
const {
  list: [, { deep: { value = "vdef" } = {} } = {}] = [],
} = { list: [0, { deep: {} }] };
console.log(value);
let total = 0;
for (let i = 0; i < 3000; i++) {
  const { a: { b: { c: v = i } = {} } = {} } = i % 2 ? { a: { b: { c: 1 } } } : {};
  total += v;
}
console.log(total, evals);
