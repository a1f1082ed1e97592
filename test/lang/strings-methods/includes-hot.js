// includes in a hot loop over a word list with a changing needle; the needle
// is sometimes longer than the haystack, sometimes empty, sometimes a non-ASCII
// character, so every path of the search is hit after compilation.
const words = ["kiln", "kilogram", "skill", "ill", "", "quill", "日本", "naïve", "ilk"];
const needles = ["il", "ill", "", "kilns", "本", "ï", "k", "zzz"];
function hits(needle) {
  let n = 0;
  for (let i = 0; i < words.length; i++) if (words[i].includes(needle)) n++;
  return n;
}
for (const nd of needles) console.log("[" + nd + "]", hits(nd));
let total = 0;
for (let r = 0; r < 4000; r++) total += hits(needles[r % needles.length]);
console.log(total);
console.log("abc".includes("c", 2), "abc".includes("c", 3), "abc".includes("a", -10), "abc".includes("bc", 1));
console.log("abc".includes(undefined), "undefined".includes(undefined), "null".includes(null), "12".includes(1));
