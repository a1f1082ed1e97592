// String length of strings grown by repeated concatenation (ropes in many
// engines): prefix, suffix, doubling. The characters must come out in order
// when the result is later indexed and sliced.
let s = "";
for (let i = 0; i < 1000; i++) s += String.fromCharCode(97 + (i % 26));
console.log(s.length, s.slice(0, 30), s.slice(-30));
console.log(s[0], s[25], s[26], s[999], s.charCodeAt(500));
let p = "";
for (let i = 0; i < 100; i++) p = (i % 10) + p;
console.log(p.length, p.slice(0, 25));
let d = "ab";
for (let i = 0; i < 12; i++) d = d + d;
console.log(d.length, d.slice(0, 10), d[d.length - 1], d.indexOf("ba"), d.lastIndexOf("ab"));
let mixed = "";
for (let i = 0; i < 50; i++) mixed = i % 2 ? mixed + i : i + mixed;
console.log(mixed.length);
console.log(mixed);
let count = 0;
for (let i = 0; i < s.length; i++) if (s[i] === "z") count++;
console.log("z count", count);
function grow(n) {
  let t = "";
  for (let i = 0; i < n; i++) t += "xy";
  return t.length;
}
let total = 0;
for (let r = 0; r < 2000; r++) total += grow(r % 20);
console.log(total);
