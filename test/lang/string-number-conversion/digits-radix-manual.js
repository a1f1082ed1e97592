// Converting numbers to other bases by hand (repeated % and division with
// string digits) and back with parseInt(s, radix); every base 2..36 checked
// for a range of values.
const DIG = "0123456789abcdefghijklmnopqrstuvwxyz";
function toBase(n, b) {
  if (n === 0) return "0";
  let neg = n < 0;
  if (neg) n = -n;
  let s = "";
  while (n > 0) {
    s = DIG[n % b] + s;
    n = Math.floor(n / b);
  }
  return neg ? "-" + s : s;
}
let ok = 0;
let bad = 0;
for (let b = 2; b <= 36; b++) {
  for (let n = -300; n <= 300; n += 7) {
    if (parseInt(toBase(n, b), b) === n) ok++;
    else bad++;
  }
}
console.log(ok, bad);
for (const b of [2, 3, 8, 10, 16, 36]) console.log(b, toBase(255, b), toBase(-1000, b), toBase(2 ** 32, b), toBase(0, b));
console.log(parseInt("11111111111111111111111111111111", 2), parseInt("zzzzzz", 36), parseInt("-7fffffff", 16));
