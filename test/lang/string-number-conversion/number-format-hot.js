// A hot function that formats numbers of changing kinds (small ints, then
// doubles, then huge values, then NaN/Infinity/-0) into a string; checks that
// the compiled formatting path handles every kind after tiering up.
function fmt(label, v) {
  return label + "=" + v + ";";
}
let h = 0;
for (let i = 0; i < 5000; i++) {
  const s = fmt("i", i);
  h = (h * 33 + s.length + s.charCodeAt(s.length - 2)) % 1000000007;
}
console.log("ints", h);
let out = "";
for (let i = 0; i < 8; i++) out += fmt("d", i / 8);
console.log(out);
out = "";
for (let i = 15; i < 25; i++) out += fmt("e", 10 ** i);
console.log(out);
console.log(fmt("nan", NaN), fmt("inf", Infinity), fmt("ninf", -Infinity), fmt("nz", -0), fmt("tiny", 1e-300));
let h2 = 0;
for (let i = 0; i < 3000; i++) {
  const s = fmt("x", i * 1.1);
  h2 = (h2 * 31 + s.length) % 1000003;
}
console.log("doubles", h2);
console.log(fmt("s", "str"), fmt("b", true), fmt("u", undefined), fmt("n", null));
