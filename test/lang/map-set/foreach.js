// forEach passes (value, key, collection) and an optional this argument.
const m = new Map([['a', 1], ['b', 2]]);
m.forEach(function (v, k, map) {
  console.log(k, v, map === m);
});
const s = new Set(['x', 'y']);
s.forEach((v, k, set) => console.log(v, k, set === s));
const ctx = { total: 0 };
m.forEach(function (v) { this.total += v; }, ctx);
console.log(ctx.total);
let count = 0;
new Map().forEach(() => count++);
console.log(count);
