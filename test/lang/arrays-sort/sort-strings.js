// Sorting strings: default order (uppercase before lowercase, shorter prefix
// first, non-ASCII after ASCII), case-insensitive comparator, by length then
// alphabetically; words from a sentence.
const words = "the Quick brown fox Jumps over the lazy dog and The end".split(" ");
console.log(words.slice().sort());
console.log(words.slice().sort((a, b) => {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x < y ? -1 : x > y ? 1 : 0;
}));
console.log(words.slice().sort((a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0)));
console.log(["b", "a", "ab", "aa", "a", "", "B", "é", "e", "z"].sort());
function sortChars(s) {
  return s.split("").sort().join("");
}
console.log(sortChars("kiln runtime"), sortChars("zyxwvu"), "[" + sortChars("") + "]");
const anag = {};
const list = ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog"];
for (const w of list) {
  const k = sortChars(w);
  if (!(k in anag)) anag[k] = [];
  anag[k].push(w);
}
console.log(anag);
let n = 0;
for (let r = 0; r < 2000; r++) n += sortChars("word" + r).charCodeAt(0);
console.log(n);
