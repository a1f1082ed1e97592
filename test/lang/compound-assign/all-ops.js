// Every arithmetic/bitwise compound assignment, applied in a loop so the JIT
// compiles them, with values that overflow and turn fractional.
let a = 1, s = 1000, m = 3, d = 1e6, r = 1000, p = 2, sl = 1, sr = -1e6, ur = -1, an = -1, o = 0, x = 0;
for (let i = 1; i <= 12; i++) {
  a += i * 1000000;
  s -= i * 333;
  m *= -3;
  d /= 3;
  r %= 13 - i;
  p **= 1.1;
  sl <<= 3;
  sr >>= 1;
  ur >>>= 1;
  an &= ~(1 << i);
  o |= 1 << (i * 2);
  x ^= i * 7919;
  console.log(i, a, s, m, d, r, p, sl, sr, ur, an, o, x);
}
let str = "a";
str += 1;
str += 2.5;
str += null;
console.log(str);
