// Splitting text into words by scanning characters (not split): letters
// accumulate into a word, anything else ends it. Word list, longest word and
// counts printed; the scanner runs many times to get compiled.
const text = "It was the best of times, it was the worst of times; it was the age of wisdom...";
function isLetter(c) {
  return (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || c === "'";
}
function words(s) {
  const out = [];
  let cur = "";
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (isLetter(c)) cur += c;
    else if (cur !== "") {
      out.push(cur);
      cur = "";
    }
  }
  if (cur !== "") out.push(cur);
  return out;
}
const ws = words(text);
console.log(ws.length);
console.log(ws.join("/"));
let longest = "";
for (const w of ws) if (w.length > longest.length) longest = w;
console.log(longest);
let n = 0;
for (let i = 0; i < 2000; i++) n += words(i % 2 ? text : "a b  c").length;
console.log(n);
console.log(words("").length, words("...").length, words("x").join(), words("don't stop").join("|"));
