// charCodeAt and String.fromCharCode round-trip every code unit of a string,
// fromCharCode with several arguments, values above 0xFFFF (truncated mod
// 2^16), and building strings from codes in a hot loop.
const s = "Az09 ~é日😀";
const codes = [];
for (let i = 0; i < s.length; i++) codes.push(s.charCodeAt(i));
console.log(codes.join(" "));
let back = "";
for (let i = 0; i < codes.length; i++) back += String.fromCharCode(codes[i]);
console.log(back, back === s, back.length);
console.log(String.fromCharCode(72, 105, 33), String.fromCharCode(), String.fromCharCode(0x1F600 & 0xffff).length);
console.log(String.fromCharCode(65 + 65536), String.fromCharCode(0xD83D, 0xDE00), String.fromCharCode(233));
console.log(String.fromCharCode("66"), String.fromCharCode(67.9));
function alphabet(start, n) {
  let out = "";
  for (let i = 0; i < n; i++) out += String.fromCharCode(start + i);
  return out;
}
console.log(alphabet(65, 26));
console.log(alphabet(97, 26));
console.log(alphabet(0x3b1, 10));
let h = 0;
for (let i = 0; i < 3000; i++) {
  const t = alphabet(65 + (i % 20), 5);
  h = (h * 31 + t.charCodeAt(i % 5)) % 1000003;
}
console.log(h);
