// parseFloat: leading whitespace, trailing garbage, exponents, "Infinity",
// leading dot, multiple dots, hex is not understood ("0x10" -> 0), and the
// difference from Number (Number rejects trailing garbage).
const inputs = [
  "3.14", "  3.14xyz", "-0.5", "+.5", ".5.6", "1e3", "1e", "1e+", "1.5e-3abc", "-1E2", "Infinity", "-Infinityx",
  "infinity", "0x10", "", "abc", "0.1e1", "5.", "-.e1", "00012.50", "1_000", "  \n 7", "-0", "1e400", "1e-400",
];
for (const s of inputs) {
  const p = parseFloat(s);
  const n = Number(s);
  console.log("[" + s.trim() + "]", p, n, isNaN(p), p === n || (p !== p && n !== n));
}
console.log(parseFloat(1.5), parseFloat(-0), 1 / parseFloat("-0"), parseFloat(null), parseFloat(true));
let sum = 0;
for (let i = 0; i < 4000; i++) sum += parseFloat(i + ".25px");
console.log(sum);
