// The same array method called with different callbacks (arrow, function
// expression, named function, closure over a counter, a method of an
// object) at one call site, so the callback call inside is polymorphic.
function double(x) {
  return x * 2;
}
let k = 0;
const cbs = [
  (x) => x + 1,
  function (x) {
    return x - 1;
  },
  double,
  (x) => {
    k++;
    return x * k;
  },
  (x) => "s" + x,
];
const data = [1, 2, 3, 4];
function apply(cb) {
  return data.map(cb);
}
for (const cb of cbs) console.log(apply(cb));
let total = 0;
for (let i = 0; i < 3000; i++) {
  const r = apply(cbs[i % 4]);
  total = (total + r[3]) % 1000007;
}
console.log(total, k);
const obj = { base: 10, addBase(arr) { return arr.map((x) => x + this.base); } };
console.log(obj.addBase(data));
