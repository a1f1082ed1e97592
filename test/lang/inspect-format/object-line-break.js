// Objects print on one line while that line is at most 71 columns (at top
// level; less when nested, by the indentation), otherwise one property per
// line. Objects around the boundary with 1, 3 and 8 keys, and nested ones.
function withWidth(keys, total) {
  const o = {};
  let used = 4;
  for (let i = 0; i < keys; i++) {
    const k = "k" + i;
    o[k] = 0;
    used += k.length + 3 + (i ? 2 : 0);
  }
  o.k0 = "x".repeat(total - used - 2 + 1);
  return o;
}
for (const keys of [1, 3, 8]) {
  for (let w = 69; w <= 73; w++) {
    console.log("width", w, "keys", keys);
    console.log(withWidth(keys, w));
  }
}
for (let w = 64; w <= 70; w++) {
  console.log("nested", w);
  console.log({ outer: withWidth(2, w) });
}
console.log({ a: 1, b: "two", c: [3, 4], d: { e: 5 }, f: null, g: undefined, h: true });
