// Library pieces together: an inventory kept in a Map of records merged with
// Object.assign, serialized to JSON and parsed back, categories collected in a
// Set, and a report with toFixed amounts.
const inventory = new Map();
const base = { qty: 0, price: 0, tags: [] };
function upsert(sku, fields) {
  const prev = inventory.get(sku) || Object.assign({}, base, { tags: [] });
  inventory.set(sku, Object.assign({}, prev, fields));
}
upsert("A-1", { name: "anvil", qty: 3, price: 149.995, category: "tools" });
upsert("B-7", { name: "bellows", qty: 10, price: 23.5, category: "tools" });
upsert("C-2", { name: "coal", qty: 500, price: 0.125, category: "fuel" });
upsert("A-1", { qty: 2 });
upsert("D-9", { name: "dye", price: 4.005, category: "supplies", tags: ["red", "blue"] });
const categories = new Set();
for (const rec of inventory.values()) categories.add(rec.category);
console.log([...categories].join(","), inventory.size);
const json = JSON.stringify([...inventory]);
console.log(json);
const restored = new Map(JSON.parse(json));
console.log(restored.size, restored.get("A-1").qty, restored.get("D-9").tags.join("/"));
let total = 0;
for (const [sku, rec] of restored) {
  const value = rec.qty * rec.price;
  total += value;
  console.log(sku.padEnd(5), rec.name.padEnd(8), String(rec.qty).padStart(4), rec.price.toFixed(2).padStart(8), value.toFixed(2).padStart(9));
}
console.log("total", total.toFixed(2));
const byCategory = {};
for (const rec of restored.values()) byCategory[rec.category] = (byCategory[rec.category] || 0) + rec.qty;
console.log(JSON.stringify(byCategory, null, 1));
console.log("done");
