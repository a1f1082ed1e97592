// Math and Number constants used as plain values and in arithmetic.
console.log(Math.PI, Math.E, Math.PI * 2, Math.E ** 2);
console.log(Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER + 2);
console.log(Number.MAX_VALUE, Number.MIN_VALUE, Number.EPSILON);
console.log(Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, Number.NaN);
let area = 0;
for (let r = 1; r <= 5; r++) {
  area += Math.PI * r * r;
  console.log(r, Math.PI * r * r, area);
}
console.log(Math.floor(Math.PI * 1e6), Math.round(Math.E * 1000) / 1000);
