// How each iteration form treats holes: for-index and for-of visit them as
// undefined; forEach/map/filter/some/every/reduce skip them (map keeps the
// hole in its result); for-in lists only present indices.
const a = [1, , 3, , 5];
let s1 = "";
for (let i = 0; i < a.length; i++) s1 += a[i] + " ";
console.log("for", s1);
let s2 = "";
for (const v of a) s2 += v + " ";
console.log("for-of", s2);
let s3 = "";
a.forEach((v, i) => (s3 += i + ":" + v + " "));
console.log("forEach", s3);
console.log("map", a.map((v) => v * 10));
console.log("filter", a.filter(() => true));
console.log("reduce", a.reduce((acc, v) => acc + "," + v, "start"));
let cnt = 0;
a.some(() => (cnt++, false));
console.log("some visits", cnt);
let keys = "";
for (const k in a) keys += k + " ";
console.log("for-in", keys);
console.log("keys", Object.keys(a), Object.values(a));
console.log("spread", [...a]);
function countVisits(arr) {
  let n = 0;
  arr.forEach(() => n++);
  return n;
}
let t = 0;
for (let r = 0; r < 3000; r++) t += countVisits(r % 2 ? a : [1, 2, 3, 4, 5]);
console.log(t);
