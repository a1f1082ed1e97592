// Strings made with \u escapes must print as UTF-8: BMP escapes, braced
// code points above 0xFFFF, explicit surrogate pairs, and the same strings
// inside arrays (console.log quotes them but does not escape non-ASCII).
const list = ["\u00e9", "\u00fc\u00df", "\u65e5\u672c", "\u{1F600}", "\uD83C\uDF89", "\u{10FFFF}".length + "", "\u2603", "\u0394x"];
for (const s of list) console.log(s, s.length);
console.log(list);
console.log("\u00e9" === "é", "\u{1F600}" === "😀", "\uD83D\uDE00" === "😀");
console.log(["tab\t", "nl\n", "q'", 'dq"', "bs\\"]);
const s = "\u0048\u0065\u006c\u006c\u006f";
console.log(s, s.length, s === "Hello");
let built = "";
for (let cp = 0x3b1; cp < 0x3b1 + 24; cp++) built += String.fromCharCode(cp);
console.log(built);
console.log(built.toUpperCase());
