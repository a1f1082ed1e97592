// Number(x) on strings: whitespace trimmed, empty -> 0, hex/binary/octal
// prefixes, exponent forms, trailing garbage -> NaN, "Infinity" forms.
// Also unary + and arithmetic coercion (which use the same rules).
const ss = [
  "42", " 42 ", "", "   ", "\n\t", "0x1A", "0b11", "0o17", "-0x10", "1e3", "1E-2", ".5", "5.", "+5", "-5",
  "12px", "1 2", "Infinity", "-Infinity", "+Infinity", "infinity", "0", "-0", "00010", "1.2.3", "NaN", "١",
];
for (const s of ss) {
  const n = Number(s);
  console.log(s.length, n, +s, s * 1, s - 0, 1 / n === -Infinity);
}
console.log(Number(true), Number(false), Number(null), Number(undefined), Number([]), Number([7]), Number([1, 2]), Number(["8"]));
console.log("3" * "4", "10" / "4", "7" - 2, "7" + 2, "2" ** "10", "5" % "3", -"3", +"", +" 1 ");
console.log("10" < "9", "10" < 9, 10 < "9", "abc" < 1, "1" == 1, "" == 0, " \n" == 0);
let t = 0;
for (let i = 0; i < 5000; i++) t += Number("" + (i % 97)) + +("0." + (i % 10));
console.log(t);
