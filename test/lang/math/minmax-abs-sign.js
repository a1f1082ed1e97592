// Math.min/max with 0, 1, 2 and many arguments, NaN poisoning, -0 vs 0 order;
// Math.abs on int32 min (overflows to double) and Math.sign.
console.log(Math.max(), Math.min(), Math.max(1), Math.min(1, 2), Math.max(1, 2, 3, -4, 2.5));
console.log(Math.max(NaN, 1), Math.min(1, NaN), Math.max(0, -0), Math.min(0, -0), Math.min(-0, 0));
console.log(Math.max(-Infinity, -1e308), Math.min(Infinity, 1e308), Math.max(true, 0), Math.min(null, 1));
console.log(Math.abs(-5), Math.abs(5), Math.abs(-2147483648), Math.abs(-2.5), Math.abs(-Infinity), Math.abs(NaN));
console.log(Math.sign(3), Math.sign(-3), Math.sign(0), Math.sign(-0), Math.sign(NaN), Math.sign(-0.001));
function clamp(x, lo, hi) {
  return Math.min(Math.max(x, lo), hi);
}
let s = 0;
for (let i = -5000; i < 5000; i++) s += clamp(i, -100, 250) + Math.abs(i) % 3;
console.log(s, clamp(-0, 0, 1), clamp(NaN, 0, 1));
