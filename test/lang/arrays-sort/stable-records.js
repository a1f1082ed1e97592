// Sorting is stable: records with equal keys keep their original relative
// order. Records sorted by one key, then another, and by a string key with
// a comparator; array long enough (>10) to exercise the general algorithm.
const recs = [];
const names = ["kim", "lee", "ada", "bob", "eve", "dan", "fay", "gus", "hal", "ivy", "jon", "max", "ned", "oz", "pam"];
for (let i = 0; i < names.length; i++) recs.push({ name: names[i], grade: (i * 7) % 4, id: i });
const byGrade = recs.slice().sort((a, b) => a.grade - b.grade);
for (const r of byGrade) console.log(r.grade, r.name, r.id);
const byName = recs.slice().sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
console.log(byName.map((r) => r.name).join(" "));
const thenGrade = byName.slice().sort((a, b) => b.grade - a.grade);
console.log(thenGrade.map((r) => r.grade + r.name).join(" "));
const many = [];
for (let i = 0; i < 300; i++) many.push({ k: i % 5, i: i });
many.sort((a, b) => a.k - b.k);
let stable = true;
for (let i = 1; i < many.length; i++) if (many[i - 1].k === many[i].k && many[i - 1].i > many[i].i) stable = false;
console.log(stable, many[0], many[299], many[60], many[61]);
