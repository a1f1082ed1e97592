// An event log processed into per-item state: events are arrays destructured
// in a for-of, item state objects gain properties over time (shape changes in
// a hot loop), and a summary is printed sorted by item name.
const kinds = ["add", "remove", "price", "tag"];
const events = [];
for (let i = 0; i < 3000; i++) events.push([kinds[(i * 7) % 4], "sku" + ((i * 13) % 17), (i * 31) % 50]);
const state = {};
for (const [kind, sku, n] of events) {
  let s = state[sku];
  if (s === undefined) s = state[sku] = { qty: 0 };
  switch (kind) {
    case "add": s.qty += n; break;
    case "remove": s.qty = Math.max(0, s.qty - n); break;
    case "price": s.price = n + 0.99; break;
    case "tag":
      if (!s.tags) s.tags = [];
      if (s.tags.length < 3 && !s.tags.includes(n % 5)) s.tags.push(n % 5);
      break;
  }
}
const names = Object.keys(state).sort((a, b) => parseInt(a.slice(3)) - parseInt(b.slice(3)));
for (const n of names) {
  const { qty, price = "n/a", tags = [] } = state[n];
  console.log(n, qty, price, tags.join("+"));
}
console.log(state.sku0, state.sku16);
const totalQty = Object.values(state).reduce((a, s) => a + s.qty, 0);
console.log(totalQty, names.length);
