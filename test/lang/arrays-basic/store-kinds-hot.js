// A hot function storing values into arrays: first only small ints (packed
// int array), then a double arrives, then a string, then a hole is created
// by writing past the end; each transition happens after the store site is
// compiled. Loads and sums are checked after every phase.
function store(arr, i, v) {
  arr[i] = v;
}
function sum(arr) {
  let s = 0;
  for (let i = 0; i < arr.length; i++) {
    const v = arr[i];
    if (typeof v === "number") s += v;
    else if (typeof v === "string") s += v.length * 1000;
  }
  return s;
}
const a = [];
for (let i = 0; i < 5000; i++) store(a, i % 50, i);
console.log("ints", a.length, sum(a), a.slice(0, 5));
store(a, 10, 0.5);
console.log("double", sum(a), a[10]);
for (let i = 0; i < 3000; i++) store(a, i % 50, i / 2);
console.log("doubles", sum(a), a.slice(0, 5));
store(a, 3, "three");
console.log("string", sum(a), a.slice(0, 5));
store(a, 60, 7);
console.log("hole", a.length, sum(a), 55 in a, a.slice(48, 61));
const b = [1, 2, 3];
for (let i = 0; i < 4000; i++) store(b, i % 3, i % 2 ? i : "s" + (i % 10));
console.log(b, sum(b));
const c = [];
for (let i = 0; i < 3000; i++) store(c, i, i % 3 === 0 ? null : i % 3 === 1 ? true : undefined);
console.log(c.length, c.slice(0, 6), sum(c));
