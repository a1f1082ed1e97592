// Object.keys / values / entries agree on one order; entries are [key, value]
// pairs with string keys (numbers become strings). Rebuilding an object from
// its entries gives the same printout.
const o = { z: 26, 3: "three", a: 1, 1: "one", m: [13], n: { deep: true } };
const ks = Object.keys(o);
const vs = Object.values(o);
const es = Object.entries(o);
console.log(ks, vs);
console.log(es);
for (let i = 0; i < ks.length; i++) console.log(i, ks[i] === es[i][0], vs[i] === es[i][1], typeof es[i][0]);
const copy = {};
for (const [k, v] of es) copy[k] = v;
console.log(copy, copy.n === o.n);
console.log(Object.keys([5, 6, 7]), Object.values([[1], "hi"]), Object.entries(["x", "y"]));
console.log(Object.keys({}), Object.entries({}));
let total = 0;
for (let r = 0; r < 2000; r++) {
  const e = Object.entries({ a: r, b: r + 1, [r % 3]: 2 });
  total += e.length + e[0][1];
}
console.log(total);
