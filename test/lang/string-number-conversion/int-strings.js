// Integers <-> strings: digits of big ints (2^31, 2^32, 2^53), negative
// numbers, digit sums through string indexing, and a number rebuilt from its
// digit characters with charCodeAt - 48.
const ints = [0, 7, -7, 2147483647, 2147483648, -2147483648, 4294967295, 4294967296, 9007199254740991, -9007199254740991, 1e20, 123456789];
for (const n of ints) {
  const s = String(n);
  let digitSum = 0;
  for (let i = 0; i < s.length; i++) if (s[i] !== "-") digitSum += s.charCodeAt(i) - 48;
  console.log(s, s.length, digitSum);
}
function atoi(s) {
  let neg = false;
  let i = 0;
  if (s[0] === "-") {
    neg = true;
    i = 1;
  }
  let v = 0;
  for (; i < s.length; i++) v = v * 10 + (s.charCodeAt(i) - 48);
  return neg ? -v : v;
}
let ok = 0;
for (let i = -2500; i < 2500; i++) if (atoi(String(i * 7919)) === i * 7919) ok++;
console.log(ok);
console.log(atoi("0"), atoi("-0"), 1 / atoi("-0"), atoi("2147483648"), atoi("99999999999"));
