// Keys that look special: "length", "constructor"-free names like "key with
// space", "", numeric strings ("1", "01", "-1", "1.5"), and keys equal to
// method names ("push"). Integer-like keys are normalized ("1" and 1 are the
// same key, "01" is not).
const d = {};
d[""] = "empty";
d["length"] = 3;
d["key with space"] = true;
d[1] = "one";
d["01"] = "zero-one";
d["-1"] = "minus";
d[1.5] = "one.five";
d["push"] = "not a method";
d["x"] = 1;
console.log(d);
console.log(d[""], d.length, d["1"], d[1], d["01"], d[-1], d["1.5"], d.push);
console.log(Object.keys(d));
console.log("" in d, "0" in d, 1 in d, "1" in d);
const counts = {};
const tokens = "1 01 1.0 -1 1 length  x".split(" ");
for (const t of tokens) counts[t] = (counts[t] || 0) + 1;
console.log(counts);
let n = 0;
for (let i = 0; i < 3000; i++) {
  const key = i % 4 === 0 ? "" : i % 4 === 1 ? "length" : i % 4 === 2 ? String(i % 7) : "k";
  d[key] = (typeof d[key] === "number" ? d[key] : 0) + 1;
  n += d[key];
}
console.log(n, d[""], d.length, d.k);
