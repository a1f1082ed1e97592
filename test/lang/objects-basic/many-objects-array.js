// An array of many small objects created in a loop (same shape), then
// updated, filtered and aggregated; objects with one extra key mixed in
// change the shape seen by the aggregation loop.
const items = [];
for (let i = 0; i < 500; i++) items.push({ id: i, price: (i % 17) + 0.5, qty: i % 5 });
function total(list) {
  let t = 0;
  for (let i = 0; i < list.length; i++) t += list[i].price * list[i].qty;
  return t;
}
let acc = 0;
for (let r = 0; r < 20; r++) acc += total(items);
console.log(acc);
for (let i = 0; i < items.length; i += 7) items[i].discount = 0.1;
console.log(total(items), items[0], items[1], items[7]);
const cheap = items.filter((o) => o.price < 2);
console.log(cheap.length, cheap.slice(0, 3));
const byQty = {};
for (const it of items) byQty[it.qty] = (byQty[it.qty] || 0) + 1;
console.log(byQty);
