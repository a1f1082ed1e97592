// reduce with accumulators of every kind: numbers, strings, arrays (pushing),
// objects (counting), an accumulator that changes kind midway (number then
// string), index-dependent reductions, and a reduce with no initial value on
// a one-element array (callback never called). The reducers run hot.
const a = [4, 8, 15, 16, 23, 42];
let calls = 0;
console.log(a.reduce((s, x) => s + x), a.reduce((s, x) => s + x, 0.5), a.reduce((s, x) => s + x, ""));
console.log(a.reduce((acc, x, i) => (i % 2 ? acc.concat([x]) : acc), []));
console.log(a.reduce((acc, x) => {
  acc[x % 2 ? "odd" : "even"] = (acc[x % 2 ? "odd" : "even"] || 0) + 1;
  return acc;
}, {}));
console.log(a.reduce((acc, x) => (acc > 20 ? acc + "!" + x : acc + x), 0));
console.log([99].reduce(() => (calls++, -1)), calls, [, 5, ,].reduce((s, x) => s + x), calls);
console.log(["a", "b", "c"].reduce((s, x, i, arr) => s + x + (i < arr.length - 1 ? "/" : ""), ">"));
const matrix = [[1, 2], [3, 4], [5, 6]];
console.log(matrix.reduce((out, row) => [...out, ...row], []), matrix.reduce((m, row) => Math.max(m, ...row), -Infinity));
function hist(list) {
  return list.reduce((h, w) => {
    h[w.length] = (h[w.length] || 0) + 1;
    return h;
  }, {});
}
const words = "a bb ccc dd e fff gggg hh i".split(" ");
console.log(hist(words));
let total = 0;
for (let i = 0; i < 3000; i++) {
  total += a.reduce((s, x, j) => s + x * ((i + j) % 3), 0);
  total += Object.keys(hist(words)).length;
}
console.log(total);
