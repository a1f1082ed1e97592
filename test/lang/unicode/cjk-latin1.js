// Non-ASCII BMP text: Latin-1 (é, ü, ñ), CJK (日本語), Greek, Cyrillic.
// Printed directly, inside arrays/objects, measured, sliced, compared and
// concatenated with ASCII; each is one code unit per character.
const words = ["café", "naïve", "über", "niño", "日本語", "中文", "Ελληνικά", "русский", "한국어", "ÆØÅ"];
for (const w of words) {
  let codes = "";
  for (let i = 0; i < w.length; i++) codes += w.charCodeAt(i) + " ";
  console.log(w, w.length, w[0], w.slice(-1), w.toUpperCase(), codes);
}
console.log(words);
console.log({ jp: "日本", fr: "café", key: "ü" });
const obj = { "日本": 1, "café": 2 };
console.log(obj["日本"], obj["café"], Object.keys(obj).join(","));
console.log("日本" + "語" === "日本語", "日本語".indexOf("語"), "日本語" < "中文", "é" > "z");
let s = "";
for (let i = 0; i < 10; i++) s += String.fromCharCode(0x65e5 + i);
console.log(s, s.length);
