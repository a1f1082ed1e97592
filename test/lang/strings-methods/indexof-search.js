// indexOf / lastIndexOf / includes with start positions (negative, past end),
// overlapping matches, and a hot loop that finds all occurrences.
const s = "abracadabra";
console.log(s.indexOf("a"), s.indexOf("a", 1), s.indexOf("a", 4), s.indexOf("a", 100), s.indexOf("a", -5));
console.log(s.indexOf("abra"), s.indexOf("abra", 1), s.indexOf("cad"), s.indexOf("z"), s.indexOf("A"));
console.log(s.lastIndexOf("a"), s.lastIndexOf("a", 9), s.lastIndexOf("abra"), s.lastIndexOf("abra", 6), s.lastIndexOf("a", 0), s.lastIndexOf("a", -3));
console.log(s.includes("cad"), s.includes("dac"), s.includes("a", 10), s.includes("a", 11), s.includes(""));
const aaa = "aaaaa";
console.log(aaa.indexOf("aa"), aaa.indexOf("aa", 1), aaa.lastIndexOf("aa"), aaa.indexOf("aaaaaa"));
function all(hay, needle) {
  const out = [];
  let i = hay.indexOf(needle);
  while (i !== -1) {
    out.push(i);
    i = hay.indexOf(needle, i + 1);
  }
  return out;
}
console.log(all(s, "a").join(","), all(s, "bra").join(","), all(aaa, "aa").join(","), all(s, "q").length);
let sum = 0;
const text = "the cat sat on the mat with the hat";
for (let i = 0; i < 3000; i++) sum += all(text, i % 2 ? "at" : "the").length;
console.log(sum);
console.log("日本語テキスト".indexOf("テ"), "café".indexOf("é"), "a😀b".indexOf("b"), "a😀b".lastIndexOf("😀"));
