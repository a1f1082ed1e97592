// Emoji outside the BMP are two UTF-16 code units: length counts 2, s[i]
// gives lone halves, slice can cut a pair in half, and for...of iterates by
// code point (one step per emoji). Printing whole pairs must give the emoji.
const s = "a😀b🎉c";
console.log(s, s.length);
for (let i = 0; i < s.length; i++) console.log(i, s.charCodeAt(i));
let count = 0;
const pts = [];
for (const ch of s) {
  count++;
  pts.push(ch + ":" + ch.length);
}
console.log(count, pts.join(" "));
console.log(s.slice(1, 3), s.slice(1, 3) === "😀", s.indexOf("🎉"), s.includes("😀"));
console.log(s.split("b").join("|"), s.toUpperCase(), s.repeat(2));
const fam = "👨‍👩‍👧";
console.log(fam, fam.length);
let n = 0;
for (const c of fam) n++;
console.log(n);
console.log("😀😀😀".lastIndexOf("😀"), "x😀".endsWith("😀"), "😀x".startsWith("😀"));
function countCodePoints(str) {
  let c = 0;
  for (const ch of str) c++;
  return c;
}
let t = 0;
for (let i = 0; i < 3000; i++) t += countCodePoints(i % 2 ? "ab😀cd🎉" : "plain");
console.log(t);
