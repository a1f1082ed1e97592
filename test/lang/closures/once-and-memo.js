// Higher-order helpers built from closures: once (runs the function only the
// first time), memoize (object cache in a closure), compose and a counter of
// calls; used in hot loops.
function once(f) {
  let done = false;
  let val;
  return function (x) {
    if (!done) {
      done = true;
      val = f(x);
    }
    return val;
  };
}
let calls = 0;
const init = once((x) => {
  calls++;
  return x * 2;
});
let s = 0;
for (let i = 0; i < 3000; i++) s += init(i);
console.log(s, calls);
function memoize(f) {
  const cache = {};
  let hits = 0;
  const g = function (n) {
    if (n in cache) {
      hits++;
      return cache[n];
    }
    return (cache[n] = f(n));
  };
  return [g, () => hits, () => Object.keys(cache).length];
}
const [sq, hits, size] = memoize((n) => n * n);
let t = 0;
for (let i = 0; i < 5000; i++) t += sq(i % 50);
console.log(t, hits(), size());
const compose = (...fs) => (x) => fs.reduce((acc, f) => f(acc), x);
const inc = (x) => x + 1;
const dbl = (x) => x * 2;
const f = compose(inc, dbl, inc);
console.log(f(1), f(10), compose()(5));
console.log(init(999), calls, sq(7), sq(70), hits(), size());
for (let i = 0; i < 4; i++) {
  const fi = compose(...new Array(i).fill(dbl));
  console.log("compose", i, fi(3), compose(fi, inc)(3), compose(inc, fi)(3));
}
