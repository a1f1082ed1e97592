// Number.prototype.toFixed rounding corner cases: values whose decimal
// representation lies just below or above the half (1.005, 1.045, 8.345),
// exact halves (0.5, 1.5, 2.5: rounded away from zero), and 0 digits.
const cases = [
  [1.005, 2], [1.045, 2], [8.345, 2], [1.255, 2], [0.125, 2], [0.375, 2],
  [0.5, 0], [1.5, 0], [2.5, 0], [3.5, 0], [0.05, 1], [0.15, 1], [0.25, 1], [0.35, 1],
  [1.45, 1], [10.235, 2], [1.0049999999999999, 3], [0.000001, 5], [0.0000005, 6],
  [123.456, 0], [123.456, 1], [123.456, 5], [0.1, 20], [1 / 3, 10], [2 / 3, 15],
  [0, 0], [0, 3], [1, 2], [99.995, 2], [9.995, 2], [0.995, 2], [999.9999, 3],
];
for (const [x, d] of cases) console.log(x, d, x.toFixed(d));
console.log((5).toFixed(), (5.5).toFixed(), (1.23e-10).toFixed(2), (4.35).toFixed(1));
console.log("done");
