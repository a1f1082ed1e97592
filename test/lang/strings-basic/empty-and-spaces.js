// The empty string and whitespace-only strings through every operation: they
// are falsy (only ""), have length 0, and slicing/splitting/indexOf on them
// follows the edge rules (indexOf("") is 0, "".split("") is []).
const e = "";
console.log(e.length, e === "", !e, !" ", e ? "truthy" : "falsy", " " ? "truthy" : "falsy");
console.log(e.indexOf(""), "abc".indexOf(""), "abc".indexOf("", 2), "abc".indexOf("", 10));
console.log("abc".lastIndexOf(""), e.lastIndexOf(""), "abc".includes(""), e.includes(""));
console.log(e.split("").length, e.split(",").length, "a".split("").length);
console.log(e.slice(0), e.slice(1, 5).length, e.substring(3, 1).length);
console.log(e.toUpperCase() === "", e.repeat(100) === "", "ab".repeat(0) === "");
console.log(e.startsWith(""), e.endsWith(""), "x".startsWith(""), "x".endsWith(""));
console.log("[" + "   ".trim() + "]", "[" + " a b ".trim() + "]", "\t\n x \n".length, "\t\n x \n".trim().length);
console.log("[" + "\t\n x \n".trim() + "]");
console.log(e + e + e === "", (e + 1).length, Number(e), Number("   "), parseInt(e));
let count = 0;
for (let i = 0; i < 3000; i++) {
  const s = i % 4 === 0 ? "" : "x".repeat(i % 4);
  if (s) count++;
  if (s.length === 0) count += 1000;
}
console.log(count);
