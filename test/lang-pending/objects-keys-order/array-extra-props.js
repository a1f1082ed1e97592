// Arrays with extra string properties: Object.keys lists indices then the
// extra keys, for-in does the same, length counts only indices, and
// console.log shows the extra property after the elements.
const a = [10, 20, 30];
a.label = "tagged";
a.extra = 1;
console.log(a.length, Object.keys(a), a);
let s = "";
for (const k in a) s += k + ";";
console.log(s);
let t = "";
for (const v of a) t += v + ";";
console.log(t);
a[5] = 60;
console.log(Object.keys(a), a.length, a);
const b = [];
b["2"] = "two";
b["x"] = "ex";
console.log(b.length, Object.keys(b), b);
