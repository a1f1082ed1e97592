// parseInt with and without radix: leading whitespace, sign, "0x" prefix
// (auto-hex only without radix or with 16), stops at the first bad digit,
// radix 2..36, invalid radix (1, 37) gives NaN, radix 0 means 10.
const cases = [
  ["42"], ["  42abc"], ["-17"], ["+8"], ["0x1F"], ["0X1f"], ["-0x10"], ["abc"], [""], ["  "],
  ["3.99"], ["1e3"], ["007"], ["0b101"], ["12", 8], ["19", 8], ["ff", 16], ["0xff", 16], ["0xff", 10],
  ["101", 2], ["102", 2], ["z", 36], ["Z", 36], ["zz", 36], ["10", 1], ["10", 37], ["10", 0],
  ["123", 5], ["-ff", 16], ["9007199254740993"], ["1".repeat(30)], ["\n\t 12"], ["−5"],
];
for (const c of cases) {
  const r = c.length === 1 ? parseInt(c[0]) : parseInt(c[0], c[1]);
  console.log(quoted(c[0]), c.length > 1 ? c[1] : "-", r);
}
function quoted(s) {
  return "'" + s.split("\n").join("\\n").split("\t").join("\\t") + "'";
}
console.log(parseInt(15.99), parseInt(-0.5), parseInt(1e21), parseInt(0.0000005), parseInt(null), parseInt(undefined));
function hexSum(n) {
  let s = 0;
  const digits = "0123456789abcdef";
  for (let i = 0; i < n; i++) s += parseInt(digits[i % 16] + digits[(i * 7) % 16], 16);
  return s;
}
let t = 0;
for (let r = 0; r < 200; r++) t += hexSum(32);
console.log(t);
