// Counting characters two ways: .length counts UTF-16 units, for...of counts
// code points. A hot function computing both over mixed-script strings; a
// string reversal by code points keeps emoji intact while reversal by index
// splits them (the halves are compared by char code, never printed).
function units(s) {
  return s.length;
}
function points(s) {
  let n = 0;
  for (const c of s) n++;
  return n;
}
function revPoints(s) {
  let out = "";
  for (const c of s) out = c + out;
  return out;
}
function revUnits(s) {
  let out = "";
  for (let i = s.length - 1; i >= 0; i--) out += s[i];
  return out;
}
const samples = ["abc", "é日", "😀", "a😀b😀c", "🎉🎉🎉", "", "x\u{10000}y", "日本😀語"];
for (const s of samples) {
  const rp = revPoints(s);
  const ru = revUnits(s);
  console.log(units(s), points(s), rp, rp === s, ru.length, ru === rp, revPoints(rp) === s);
}
let a = 0;
let b = 0;
for (let i = 0; i < 3000; i++) {
  const s = samples[i % samples.length];
  a += units(s);
  b += points(s);
}
console.log(a, b);
