// Object.assign copies own enumerable properties from each source in order
// into the target and returns the target: later sources win, null/undefined
// sources are skipped, strings and arrays copy their indexes, nested objects are
// shared, not cloned.
const target = { a: 1, b: 2 };
const r = Object.assign(target, { b: 20, c: 30 }, { c: 300, d: 400 });
console.log(r === target, target);
console.log(Object.assign({}, null, undefined, { x: 1 }));
console.log(Object.assign({}, "abc"));
console.log(Object.assign({}, [5, 6]));
console.log(Object.assign([1, 2, 3], [9]));
const inner = { deep: 1 };
const copy = Object.assign({}, { inner });
copy.inner.deep = 2;
console.log(inner.deep, copy.inner === inner);
const withOrder = Object.assign({ z: 0 }, { 2: "two", a: "a", 1: "one" });
console.log(Object.keys(withOrder).join(","));
const defaults = { host: "localhost", port: 80, tls: false };
function configure(opts) {
  return Object.assign({}, defaults, opts);
}
console.log(configure({ port: 8080 }), configure({}), defaults.port);
const acc = {};
for (let i = 0; i < 1000; i++) Object.assign(acc, { ["k" + (i % 10)]: i });
console.log(acc);
console.log(Object.assign({}, 5, true), Object.assign({ a: 1 }).a);
console.log("done");
