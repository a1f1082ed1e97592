// Method chains where each call sees the previous result: trim -> split ->
// join-like loops -> slice -> toUpperCase. Also methods called on string
// literals and on template results directly.
const line = "   the quick brown fox   ";
const words = line.trim().split(" ");
console.log(words.length, words.join("|"));
console.log(line.trim().toUpperCase().slice(4, 9).toLowerCase());
console.log("a-b-c".split("-").join("+"), "a-b-c".split("-").reverse().join(""));
console.log("hello".toUpperCase().split("").join("."), `x${1 + 1}y`.repeat(2).indexOf("y"));
console.log("a,b,,c".split(",").length, "abc".slice(1).toUpperCase().charCodeAt(0));
function title(s) {
  const ws = s.split(" ");
  let out = "";
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i];
    if (i) out += " ";
    out += w.charAt(0).toUpperCase() + w.slice(1).toLowerCase();
  }
  return out;
}
console.log(title("the QUICK bRoWn fox"), title("a"), "[" + title("") + "]");
let n = 0;
for (let i = 0; i < 3000; i++) n += title("hello wide world " + i).length;
console.log(n);
console.log("  Mixed  ".trim().toLowerCase().startsWith("mix"), "x,y".split(",").length);
