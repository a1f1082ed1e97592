// Grouping records into an object of arrays (group-by), then summarizing
// each group; group keys come from string properties and from numbers
// (which become integer-like keys and therefore print first, ascending).
const people = [];
const cities = ["Oslo", "Lima", "Pune", "Kyiv", "Baku"];
for (let i = 0; i < 60; i++) people.push({ id: i, city: cities[(i * 7) % 5], age: 18 + ((i * 13) % 50) });
const byCity = {};
for (const p of people) {
  if (!(p.city in byCity)) byCity[p.city] = [];
  byCity[p.city].push(p.id);
}
for (const c in byCity) console.log(c, byCity[c].length, byCity[c].slice(0, 5).join(","));
const byDecade = {};
for (const p of people) {
  const dec = Math.floor(p.age / 10) * 10;
  byDecade[dec] = (byDecade[dec] || 0) + 1;
}
console.log(byDecade);
function groupCount(list, keyFn) {
  const g = {};
  for (let i = 0; i < list.length; i++) {
    const k = keyFn(list[i]);
    g[k] = (g[k] || 0) + 1;
  }
  return g;
}
let t = 0;
for (let r = 0; r < 200; r++) {
  const g = groupCount(people, r % 2 ? (p) => p.city : (p) => p.age % 7);
  t += Object.keys(g).length;
}
console.log(t, groupCount(people, (p) => p.city.length));
