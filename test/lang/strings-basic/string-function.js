// String(x) on every primitive and on arrays (arrays join with ","; holes,
// null and undefined become empty; nested arrays flatten into the join).
console.log(String(0), String(-0), String(1), String(-1.5), String(NaN));
console.log(String(Infinity), String(-Infinity), String(true), String(false));
console.log(String(null), String(undefined), String("s"), String(""));
console.log(String(1e21), String(1e-7), String(1 / 3), String(123456789.123));
console.log(String([1, 2, 3]), String([]), String([null, undefined, 1]));
console.log(String([1, [2, [3, 4]], 5]), String([, , 1]), String(["a", "b"]));
console.log(String([[]]), String([[], []]), String([0, -0, 1.5]));
console.log(typeof String(5), String(5).length, String(-0).length);
const vals = [0, 1, -1, 10, 100, 0.5, -0.5, 1e6, 1e20, 1e21, 2 ** 31, -(2 ** 31)];
for (const v of vals) console.log(v, String(v), String(v).length);
function strLen(v) {
  return String(v).length;
}
let t = 0;
for (let i = 0; i < 5000; i++) t += strLen(i) + strLen(i / 8);
console.log(t);
