// Indentation of nested multi-line structures: an object holding a long
// array (grouped, indented by 2), arrays of objects that break, objects of
// arrays of objects; each level indents by two spaces.
const data = {
  name: "dataset",
  values: [],
  meta: { created: "today", tags: ["alpha", "beta", "gamma"], owner: { id: 7, name: "ann" } },
};
for (let i = 0; i < 30; i++) data.values.push(i * 3);
console.log(data);
const people = [];
for (let i = 0; i < 4; i++) people.push({ id: i, name: "person" + i, email: "person" + i + "@example.com", age: 20 + i });
console.log(people);
console.log({ people: people.slice(0, 2), count: 2 });
const matrix = [];
for (let i = 0; i < 8; i++) {
  const row = [];
  for (let j = 0; j < 8; j++) row.push(i * j);
  matrix.push(row);
}
console.log(matrix);
console.log({ matrix: matrix.slice(0, 3) });
