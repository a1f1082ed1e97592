// split(sep) followed by join(sep) restores the string for any separator,
// including separators at the edges and repeated ones. Checked over many
// generated strings in a loop, with some samples printed.
function gen(i) {
  let s = "";
  for (let j = 0; j < (i % 9); j++) s += j % 3 === 0 ? "," : j % 3 === 1 ? "ab" : ";;";
  return s;
}
const seps = [",", ";;", "ab", ";", "x", "b,"];
let ok = 0;
let bad = 0;
let fields = 0;
for (let i = 0; i < 2000; i++) {
  const s = gen(i);
  for (let k = 0; k < seps.length; k++) {
    const parts = s.split(seps[k]);
    fields += parts.length;
    if (parts.join(seps[k]) === s) ok++;
    else bad++;
  }
}
console.log(ok, bad, fields);
for (let i = 0; i < 9; i++) {
  const s = gen(i);
  console.log("[" + s + "]", s.split(",").length, s.split(";;").length, s.split("ab").join("AB"));
}
console.log("a b c".split(" ").join(), "abc".split("").join("-"), "".split("").join("x") === "");
