// s[i] and charAt(i) agree inside the string but differ outside it:
// s[-1] / s[len] give undefined while charAt gives "". charCodeAt outside is
// NaN. Indexing a non-integer gives undefined. Read in a hot loop too.
const s = "kiln";
for (let i = -2; i <= 5; i++) {
  console.log(i, s[i], bracket(s.charAt(i)), s.charCodeAt(i));
}
function bracket(x) {
  return "<" + x + ">";
}
console.log(s[1.5], s["1"], s["length"], s.length);
console.log("".length, ""[0], "".charAt(0), "".charCodeAt(0));
function sumCodes(str) {
  let sum = 0;
  for (let i = 0; i < str.length; i++) sum += str.charCodeAt(i);
  return sum;
}
function sumPastEnd(str) {
  let defined = 0;
  let undef = 0;
  for (let i = 0; i < str.length + 3; i++) {
    if (str[i] === undefined) undef++;
    else defined++;
  }
  return defined * 100 + undef;
}
let t = 0;
let u = 0;
for (let r = 0; r < 3000; r++) {
  t += sumCodes(r % 2 ? "abcdef" : "XYZ");
  u += sumPastEnd(r % 3 ? "hello" : "");
}
console.log(t, u);
const word = "abcdefghij";
let rev = "";
for (let i = word.length - 1; i >= 0; i--) rev += word[i];
console.log(rev);
let alt = "";
for (let i = 0; i < word.length; i++) alt += i % 2 ? word.charAt(i).toUpperCase() : word[i];
console.log(alt);
