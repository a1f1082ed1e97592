// A price table formatted with toFixed inside a hot loop, right-aligned with
// padStart; totals accumulated in cents to stay exact.
const names = ["bolt", "nut", "washer", "gear", "spring", "axle"];
const prices = [0.1, 0.05, 0.015, 12.499, 3.335, 7.125];
let cents = 0;
const lines = [];
for (let i = 0; i < 120; i++) {
  const idx = i % names.length;
  const qty = (i * 7) % 13 + 1;
  const amount = prices[idx] * qty;
  cents += Math.round(amount * 100);
  if (i < 12) lines.push(names[idx].padEnd(8) + String(qty).padStart(3) + amount.toFixed(2).padStart(10) + prices[idx].toFixed(3).padStart(9));
}
for (const l of lines) console.log(l);
console.log("total", (cents / 100).toFixed(2));
let checksum = 0;
for (let i = 0; i < 100000; i++) checksum += ((i * 0.37) % 100).toFixed(1).length;
console.log("checksum", checksum);
console.log("done");
