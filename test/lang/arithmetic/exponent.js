// ** and Math.pow agree, including the IEEE special cases (NaN**0, (-0)**odd)
// and integer powers that exceed int32 and 2**53.
for (let e = -3; e <= 33; e += 3) {
  console.log(e, 2 ** e, (-2) ** e, 3 ** e);
}
console.log(0 ** 0, NaN ** 0, 1 ** NaN, 1 ** Infinity);
console.log((-0) ** 3, (-0) ** 2, (-0) ** -1, 0 ** -1);
console.log(4 ** 0.5, 8 ** (1 / 3), 2 ** 0.5, (-8) ** (1 / 3));
console.log(10 ** 21, 10 ** -7, 10 ** 308, 10 ** 309, 10 ** -324);
let p = 1;
for (let i = 0; i < 70; i++) {
  p **= 1;
  p *= 2;
  if (i % 10 === 9) console.log(i, p);
}
let b = 2;
b **= 10;
console.log(b, 2 ** -1074, 2 ** -1075, 2 ** 1023 * 2);
