// split with string separators: single and multi-char separators, separator at
// the ends (empty fields), adjacent separators, separator not present, empty
// separator (characters, surrogate pairs split into halves), limit argument.
function show(parts) {
  let out = parts.length + ":";
  for (let i = 0; i < parts.length; i++) out += "[" + parts[i] + "]";
  return out;
}
console.log(show("a,b,c".split(",")));
console.log(show(",a,,b,".split(",")));
console.log(show("a--b----c".split("--")));
console.log(show("abc".split("x")));
console.log(show("abc".split("")));
console.log(show("".split("")));
console.log(show("".split(",")));
console.log(show("a,b,c,d".split(",", 2)));
console.log(show("a,b,c,d".split(",", 0)));
console.log(show("a,b".split(",", 10)));
console.log(show("one two  three".split(" ")));
console.log(show("aaa".split("a")));
console.log(show("abc".split("abc")));
console.log(show("x😀y".split("")).length, "x😀y".split("").length);
console.log(show("line1\nline2\n\nline4".split("\n")));
console.log(show("k=v;k2=v2".split(";")));
function fieldSum(line) {
  const f = line.split(",");
  let s = 0;
  for (let i = 0; i < f.length; i++) s += Number(f[i]);
  return s;
}
let t = 0;
for (let i = 0; i < 3000; i++) t += fieldSum(i + "," + (i * 2) + ",3");
console.log(t);
