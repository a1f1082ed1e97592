// toFixed on negative numbers (rounding is symmetric: -1.5 -> "-2"), negative
// zero (no sign), very large numbers (exact digits up to 1e21, exponent form
// from 1e21 on), NaN and Infinity.
const cases = [
  [-1.5, 0], [-2.5, 0], [-0.5, 0], [-0.4, 0], [-1.005, 2], [-123.456, 2], [-0.0001, 2],
  [-0, 2], [-1e-10, 3], [1e20, 2], [123456789012345680000, 0], [1e21, 2], [1.5e21, 0],
  [-1e21, 1], [2 ** 53, 1], [2 ** 53 + 2, 0], [0.1 * 3, 17], [1e-7, 10], [4503599627370497.5, 0],
  [NaN, 2], [Infinity, 1], [-Infinity, 0], [1.7976931348623157e308, 0],
];
for (const [x, d] of cases) console.log(String(x), d, x.toFixed(d));
const n = -7.125;
console.log(n.toFixed(2), (-n).toFixed(2), (n * 100).toFixed(0));
console.log("done");
