// map / filter / reduce with index and array arguments, reduce with and
// without an initial value, and chains of them run hot over a fixed array.
const a = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3];
console.log(a.map((x) => x * 2));
console.log(a.map((x, i) => x + i));
console.log(a.map((x, i, arr) => arr.length - i));
console.log(a.filter((x) => x % 2 === 1));
console.log(a.filter((x, i) => i % 3 === 0));
console.log(a.reduce((s, x) => s + x), a.reduce((s, x) => s + x, 100), a.reduce((m, x) => (x > m ? x : m), -Infinity));
console.log(a.reduce((acc, x, i) => acc + i + ":" + x + " ", ""));
console.log([7].reduce((s, x) => s + x), [].reduce((s, x) => s + x, "empty"));
console.log(["a", "b", "c"].map((s) => s.toUpperCase()), [1, 2, 3].map(String), ["1", "2", "3"].map(Number));
function pipeline(arr) {
  return arr
    .filter((x) => x > 2)
    .map((x) => x * x)
    .reduce((s, x) => s + x, 0);
}
let t = 0;
for (let r = 0; r < 3000; r++) t += pipeline(a);
console.log(t, pipeline([]), pipeline([1, 2]));
const words = ["apple", "fig", "banana", "kiwi"];
console.log(words.map((w) => w.length), words.filter((w) => w.length > 3).map((w) => w[0]).join(""));
