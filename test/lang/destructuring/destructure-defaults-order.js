// Evaluation order in destructuring: left to right, defaults only evaluated
// when needed, getters absent (plain properties), side effects recorded in a
// log; nested patterns evaluate the outer value first.
const log = [];
function v(name, val) {
  log.push(name);
  return val;
}
const { a = v("a-def", 1), b = v("b-def", 2), c = v("c-def", 3) } = { b: v("b-src", 20) };
console.log(a, b, c, log.join(","));
log.length = 0;
const [x = v("x-def", 0), y = v("y-def", 0), z = v("z-def", 0)] = [v("x-src", 1), undefined, v("z-src", null)];
console.log(x, y, z, log.join(","));
log.length = 0;
let p;
let q;
[p = v("p", 1), q = p + 1] = [];
console.log(p, q, log.join(","));
log.length = 0;
const arr = [];
let i = 0;
[arr[i++], arr[i++], arr[i++]] = [v("e0", "A"), v("e1", "B"), v("e2", "C")];
console.log(arr, i, log.join(","));
let count = 0;
for (let k = 0; k < 3000; k++) {
  const { m = count++, n = count++ } = k % 3 === 0 ? {} : k % 3 === 1 ? { m: 1 } : { m: 1, n: 2 };
}
console.log(count);
