// Error objects used as ordinary values: created without being thrown, stored
// in arrays and objects, passed around, given extra properties, compared by
// identity, and thrown later from somewhere else.
function validate(user) {
  const problems = [];
  if (typeof user.name !== "string") problems.push(new TypeError("name must be a string"));
  if (user.age < 0) problems.push(new RangeError("age must be >= 0"));
  if (user.age > 150) problems.push(new RangeError("age too large"));
  return problems;
}
const users = [
  { name: "ann", age: 30 },
  { name: 5, age: -1 },
  { name: "bob", age: 200 },
];
const all = [];
for (const u of users) {
  const ps = validate(u);
  console.log(ps.length, ps.map((p) => p.name + "(" + p.message + ")").join("; "));
  for (const p of ps) all.push(p);
}
const byType = {};
for (const e of all) byType[e.name] = (byType[e.name] || 0) + 1;
console.log(byType);
const stored = all[1];
stored.field = "extra";
function rethrowLater(e) {
  throw e;
}
try {
  rethrowLater(stored);
} catch (caught) {
  console.log(caught === stored, caught === all[0], caught.field, caught.message);
}
const registry = { last: null };
function remember(e) {
  registry.last = e;
  return e;
}
try {
  throw remember(new Error("remembered"));
} catch (e) {
  console.log(e === registry.last, registry.last.message);
}
console.log("done");
