// Number printing around the exponential-notation thresholds (1e21 and 1e-7)
// and at the ends of the double range.
console.log(1e21, 1e20, 999999999999999999999, 123456789012345680000);
console.log(1e-7, 1e-6, 0.000001, 0.0000001, 1.5e-7, 0.00001234);
console.log(5e-324, 2.5e-323, Number.MIN_VALUE, Number.MAX_VALUE, 1.7976931348623157e308);
console.log(2 ** 53, 2 ** 53 + 1, 2 ** 53 + 2, Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER);
console.log(Number.EPSILON, 1 + Number.EPSILON, 1 + Number.EPSILON / 2);
console.log(-1e21, -1e-7, 1e100, 1.2345e-100, 4.35, 0.1 * 3);
let v = 1;
for (let i = 0; i < 25; i++) {
  v *= 10;
  console.log(i, v, 1 / v);
}
console.log(123e-20, 1e21 + 1, 100 * 1e19, 2 ** 70, 2 ** -20);
