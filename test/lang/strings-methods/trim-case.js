// trim removes spaces, tabs, newlines (and other whitespace) only at the ends;
// toUpperCase/toLowerCase on ASCII, Latin-1 (é -> É), German sharp s
// (ß -> SS, length changes) and strings without letters.
const raw = ["  pad  ", "\tx\t", "\n\n y \r\n", "none", "   ", "", " in side ", "\u00a0nbsp\u00a0", "\ufeffbom"];
for (const r of raw) {
  const t = r.trim();
  console.log(r.length, t.length, "[" + t + "]");
}
const words = ["hello", "WORLD", "MiXeD", "café", "ÉCOLE", "straße", "123!?", "", "ǅ", "ÿ"];
for (const w of words) {
  const u = w.toUpperCase();
  const l = w.toLowerCase();
  console.log(w, u, l, w.length, u.length, l.length, u === w, l === w);
}
function norm(s) {
  return s.trim().toLowerCase();
}
let eq = 0;
for (let i = 0; i < 4000; i++) {
  if (norm(i % 2 ? "  Apple " : "APPLE") === "apple") eq++;
}
console.log(eq);
