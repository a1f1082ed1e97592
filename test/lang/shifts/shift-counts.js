// Shift counts are taken mod 32 (negative, >= 32, doubles, NaN): a compiler that
// uses the raw count (x86 masks by 31 too, but doubles/NaN need conversion) must match.
function shl(a, b) { return a << b; }
function shr(a, b) { return a >>> b; }
let counts = 0;
for (let c = -40; c <= 70; c += 11) {
  console.log(c, shl(3, c), shr(-3, c), 12345 >> c);
  counts += c;
}
console.log(shl(1, 32), shl(1, 33), shl(1, -1), shr(1, 32), shr(-1, 32));
console.log(shl(1, 2.9), shl(1, NaN), shl(1, Infinity), shr(256, -0.5), shl(1.5, 2));
console.log(shl(true, 3), shr(null, 1), shl(undefined, 1), shl("3", "2"), counts);
