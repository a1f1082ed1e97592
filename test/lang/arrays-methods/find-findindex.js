// find returns the element or undefined; findIndex returns the index or -1.
// Unlike indexOf they see holes as undefined. Used on objects by key in a
// hot loop.
const people = [
  { name: "ann", age: 31 },
  { name: "bob", age: 17 },
  { name: "cid", age: 45 },
  { name: "dee", age: 17 },
];
console.log(people.find((p) => p.age === 17), people.findIndex((p) => p.age === 17));
console.log(people.find((p) => p.age > 100), people.findIndex((p) => p.age > 100));
console.log(people.find((p, i) => i === 2).name, [5, 6, 7].find((x) => x > 5), [].find((x) => true));
let visited = 0;
[1, , 3].find((x) => {
  visited++;
  return false;
});
console.log(visited, [1, , 3].findIndex((x) => x === undefined));
function byName(list, n) {
  const p = list.find((q) => q.name === n);
  return p === undefined ? -1 : p.age;
}
let s = 0;
const names = ["ann", "bob", "zed", "dee", "cid"];
for (let i = 0; i < 4000; i++) s += byName(people, names[i % 5]);
console.log(s);
