// -0 flowing through loops, compares and int conversions; the compiled code must
// keep the sign bit where node does and drop it where node does (|0, ===).
function scale(x, f) {
  return x * f;
}
for (let i = -2; i <= 2; i++) {
  let r = scale(i, 0);
  let s = scale(0, i);
  console.log(i, r, s, 1 / r, 1 / s, r === s, r | 0);
}
let acc = 0;
for (let i = 0; i < 10; i++) {
  acc = acc * -1;
}
console.log(acc, 1 / acc);
let neg = -0;
for (let i = 0; i < 5; i++) {
  neg = neg + 0;
  console.log(i, neg);
}
let n2 = -0;
n2 -= 0;
console.log(n2, n2 < 0, n2 > 0, n2 == 0, n2 ? "truthy" : "falsy");
console.log(Math.round(-0.2) * 5, Math.round(-0.2) + 1, -0 * -0);
