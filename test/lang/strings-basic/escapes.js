// String literal escapes: \n \t \\ quotes \u00e9 \u{1F600} \x41 \0 and line
// continuation. Each is measured with length and charCodeAt so a lexer that
// decodes an escape wrongly shows up even when the printed glyph looks right.
const items = [
  "a\nb",
  "tab\there",
  "back\\slash",
  "dq\"inside",
  'sq\'inside',
  "caf\u00e9",
  "smile\u{1F600}",
  "\x41\x42\x43",
  "nul\0end",
  "cr\rx",
  "\u0041\u{42}\u{000043}",
  "line\
continued",
  `tpl\`tick`,
  "\v\f\b",
];
for (let i = 0; i < items.length; i++) {
  const s = items[i];
  let codes = "";
  for (let j = 0; j < s.length; j++) codes += (j ? " " : "") + s.charCodeAt(j);
  console.log(i, s.length, codes);
}
console.log("a\nb");
console.log("x\ty\tz");
console.log("back\\slash", 'it\'s', "say \"hi\"");
console.log("caf\u00e9", "smile\u{1F600}", "\x41\x42");
console.log("\u{1F600}".length, "\u00e9".length, "\\".length, "\n".length);
console.log("\u{1F600}" === "\uD83D\uDE00", "\u00e9" === "é");
