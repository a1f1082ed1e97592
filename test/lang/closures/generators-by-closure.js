// Iterator-like producers written with closures (no generators): a range
// producer, a fibonacci stream, a take(n) helper, and a zip of two producers;
// producers are advanced thousands of times.
function range(start, end, step) {
  let cur = start;
  return () => {
    if (cur >= end) return undefined;
    const v = cur;
    cur += step;
    return v;
  };
}
function fibs() {
  let a = 0;
  let b = 1;
  return () => {
    const r = a;
    [a, b] = [b, a + b];
    return r;
  };
}
function take(next, n) {
  const out = [];
  for (let i = 0; i < n; i++) {
    const v = next();
    if (v === undefined) break;
    out.push(v);
  }
  return out;
}
console.log(take(range(0, 10, 3), 100), take(fibs(), 15));
const zipped = [];
const r1 = range(0, 5, 1);
const f1 = fibs();
for (let v = r1(); v !== undefined; v = r1()) zipped.push([v, f1()]);
console.log(zipped);
let count = 0;
let sum = 0;
const big = range(0, 10000, 1);
for (let v = big(); v !== undefined; v = big()) {
  count++;
  sum += v;
}
console.log(count, sum);
const f2 = fibs();
for (let i = 0; i < 78; i++) f2();
console.log(f2(), f2());
