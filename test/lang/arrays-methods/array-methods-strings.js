// Array methods on arrays of strings: indexOf/includes compare by content
// (strings built at runtime are found), join/reverse/concat, and map to
// lengths. Strings built in a loop are looked up in a hot loop.
const list = [];
for (let i = 0; i < 30; i++) list.push("item" + i);
console.log(list.indexOf("item" + 7), list.includes("item" + "29"), list.indexOf("item30"), list.indexOf("Item1"));
console.log(list.slice(0, 5).reverse().join(" "), list.slice(-3).concat(["x"]));
console.log(list.map((s) => s.length).reduce((a, b) => a + b, 0));
let found = 0;
for (let r = 0; r < 3000; r++) {
  const key = "item" + (r % 40);
  if (list.includes(key)) found++;
  found += list.indexOf(key) >= 0 ? 1 : 0;
}
console.log(found);
const letters = "hello world".split("");
console.log(letters.filter((c) => c !== "l").join(""), letters.indexOf(" "), letters.includes("w"));
console.log(letters.map((c, i) => (i % 2 ? c.toUpperCase() : c)).join(""));
