// JSON.stringify string escaping: quotes, backslash, the short escapes \b \f
// \n \r \t, other control characters as \u00XX, non-ASCII kept as is, and lone
// surrogates escaped (well-formed stringify).
const samples = [
  'plain',
  'quote " inside',
  "back\\slash",
  "newline\nand\ttab",
  "cr\rlf\n",
  "bell\u0007 and \u0000 nul",
  "\b\f\u001f\u007f",
  "caf\u00e9 \u00fc\u00df",
  "snowman \u2603 and emoji \ud83d\ude00",
  "lone \ud800 high",
  "lone \udc00 low",
  "slash / stays",
  "",
];
for (const s of samples) console.log(JSON.stringify(s));
console.log(JSON.stringify({ 'key "quoted"': "v", "new\nline": 1 }));
console.log(JSON.stringify(["\u2028", "\u2029"]));
let all = "";
for (let c = 0; c < 40; c++) all += String.fromCharCode(c);
console.log(JSON.stringify(all));
console.log("done");
