// Sorting records (objects) by different keys: numeric, string, multi-key
// with tie-breaks, descending; then grouping the sorted list and printing a
// report table built with string repeat/slice.
const raw = "ann,31,oslo,5200;bob,25,lima,3100;cid,31,pune,4100;dee,25,oslo,6100;eve,40,lima,3100;fay,31,kyiv,5200;gus,22,pune,2500;hal,40,oslo,4100";
const recs = raw.split(";").map((line) => {
  const [name, age, city, pay] = line.split(",");
  return { name, age: Number(age), city, pay: parseInt(pay, 10) };
});
const by = (key, dir = 1) => (a, b) => (a[key] < b[key] ? -dir : a[key] > b[key] ? dir : 0);
const then = (...cmps) => (a, b) => {
  for (const c of cmps) {
    const r = c(a, b);
    if (r !== 0) return r;
  }
  return 0;
};
console.log(recs.slice().sort(by("age")).map((r) => r.name).join(" "));
console.log(recs.slice().sort(by("city")).map((r) => r.city + ":" + r.name).join(" "));
console.log(recs.slice().sort(then(by("pay", -1), by("name"))).map((r) => r.pay + r.name).join(" "));
console.log(recs.slice().sort(then(by("age"), by("city"), by("name", -1))).map((r) => r.name).join(" "));
function pad(s, n) {
  s = String(s);
  return s.length >= n ? s.slice(0, n) : s + " ".repeat(n - s.length);
}
const sorted = recs.slice().sort(then(by("city"), by("pay", -1)));
console.log(pad("name", 6) + pad("age", 5) + pad("city", 6) + "pay");
console.log("-".repeat(22));
for (const r of sorted) console.log(pad(r.name, 6) + pad(r.age, 5) + pad(r.city, 6) + r.pay);
let chk = 0;
for (let i = 0; i < 300; i++) {
  const s = recs.slice().sort(i % 2 ? by("pay") : then(by("age", -1), by("name")));
  chk += s[0].pay + s[7].age;
}
console.log(chk);
console.log(sorted.slice(0, 3));
