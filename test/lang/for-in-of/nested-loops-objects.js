// Nested for-of / for-in over an array of objects: a transpose of a table of
// records into columns, and a hot loop that walks keys of differently shaped
// objects to sum numeric fields.
const rows = [
  { name: "a", x: 1, y: 2 },
  { name: "b", x: 3, y: 4, z: 5 },
  { y: 6, name: "c", x: 7 },
];
const cols = {};
for (const r of rows) {
  for (const k in r) {
    if (!(k in cols)) cols[k] = [];
    cols[k].push(r[k]);
  }
}
console.log(cols);
function numericSum(list) {
  let s = 0;
  for (const r of list) for (const k in r) if (typeof r[k] === "number") s += r[k];
  return s;
}
let t = 0;
for (let i = 0; i < 3000; i++) t += numericSum(rows);
console.log(t);
for (const [k, vs] of Object.entries(cols)) console.log(k, vs.join(","));
