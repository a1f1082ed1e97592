// A dictionary of dictionaries (inventory[store][item] = qty) updated by a
// stream of operations, with missing inner dictionaries created on demand
// and empty entries deleted; final state printed sorted by key.
const inv = {};
const stores = ["north", "south", "east"];
const items = ["apple", "bolt", "cord", "disk", "egg", "fan"];
function apply(store, item, delta) {
  let s = inv[store];
  if (s === undefined) s = inv[store] = {};
  const q = (s[item] || 0) + delta;
  if (q <= 0) delete s[item];
  else s[item] = q;
}
for (let i = 0; i < 5000; i++) {
  const delta = (i * 7) % 11 - 4;
  apply(stores[i % 3], items[(i * 5) % 6], delta);
}
for (const st of Object.keys(inv).sort()) {
  const s = inv[st];
  const line = Object.keys(s)
    .sort()
    .map((k) => k + "=" + s[k])
    .join(" ");
  console.log(st, line);
}
console.log(inv);
let total = 0;
for (const st in inv) for (const it in inv[st]) total += inv[st][it];
console.log(total);
