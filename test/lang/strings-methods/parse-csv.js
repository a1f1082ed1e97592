// A small CSV parse: split into lines, split lines into fields, trim them,
// convert numeric columns with Number and aggregate per name. Exercises
// split/trim/Number/string compare together on the same data in a loop.
const csv = "name, qty, price\napple, 3, 0.5\npear, 10, 0.25\napple, 2, 0.5\nfig, 7, 1.1\npear, 1, 0.25\n";
const lines = csv.split("\n");
console.log(lines.length, "[" + lines[lines.length - 1] + "]");
const header = lines[0].split(",");
for (let i = 0; i < header.length; i++) header[i] = header[i].trim();
console.log(header.join("|"));
const totals = {};
let grand = 0;
for (let i = 1; i < lines.length; i++) {
  if (lines[i] === "") continue;
  const f = lines[i].split(",");
  const name = f[0].trim();
  const qty = Number(f[1].trim());
  const price = Number(f[2]);
  const cost = qty * price;
  grand += cost;
  totals[name] = (totals[name] || 0) + cost;
  console.log(name, qty, price, cost);
}
console.log(totals, grand);
function parseRow(row) {
  const f = row.split(",");
  return Number(f[1]) * Number(f[2]);
}
let acc = 0;
for (let i = 0; i < 4000; i++) acc += parseRow("x," + (i % 7) + "," + (i % 3));
console.log(acc);
