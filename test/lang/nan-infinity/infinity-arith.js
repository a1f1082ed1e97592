// Infinity arithmetic and overflow to Infinity from finite doubles.
console.log(Infinity + 1, Infinity - Infinity, Infinity * -1, Infinity / Infinity);
console.log(1 / Infinity, -1 / Infinity, Infinity % 2, 2 % Infinity);
console.log(-Infinity < -1e308, Infinity > 1e308, Infinity === Infinity, -Infinity === -Infinity);
let big = 1e300;
for (let i = 0; i < 5; i++) {
  big = big * 1e3;
  console.log(i, big, -big, big - big);
}
console.log(Number.MAX_VALUE * 2, Number.MAX_VALUE + 1, -Number.MAX_VALUE * 2);
console.log(Infinity | 0, -Infinity | 0, Infinity >>> 0, ~Infinity, Infinity << 1);
console.log(Math.max(Infinity, 1), Math.min(-Infinity, 0), Math.floor(Infinity), Math.round(-Infinity));
console.log(Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, Infinity ** 0, Infinity ** -1);
