// s[i] at a hot site that reads past the end of its string (undefined), at negative
// indexes, units above 255, and non-string receivers once its first compiled form deopted.
function at(s, i) {
  return s[i];
}
const text = "h\u00e9llo \u4e16\u754c!";
let out = "";
for (let r = 0; r < 400; r++) {
  out = "";
  for (let i = -2; i < text.length + 3; i++) out += String(at(text, i)) + "|";
}
console.log(out);
let n = 0;
for (let r = 0; r < 400; r++) {
  n += at([1, 2, 3], r % 4) ?? 10;
  n += at({ 0: 5 }, 0);
  n += at("abc", 1.5) === undefined ? 1 : 0;
  n += at("abc", "1") === "b" ? 1 : 0;
}
console.log(n);
