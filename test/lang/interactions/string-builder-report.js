// Strings built in loops from array and object data: a fixed-width table with
// right/left alignment done by repeat, a histogram of bars, and a CSV
// round-trip (join then split back) verified cell by cell.
const rows = [];
for (let i = 0; i < 10; i++) rows.push({ name: "item" + i * 7, qty: (i * 37) % 23, price: ((i * 13) % 7) + 0.25 * (i % 4) });
const right = (s, n) => " ".repeat(Math.max(0, n - String(s).length)) + s;
const left = (s, n) => s + " ".repeat(Math.max(0, n - String(s).length));
let table = left("name", 8) + right("qty", 5) + right("price", 8) + right("total", 9) + "\n";
let grand = 0;
for (const r of rows) {
  const tot = r.qty * r.price;
  grand += tot;
  table += left(r.name, 8) + right(r.qty, 5) + right(r.price, 8) + right(tot, 9) + "\n";
}
table += left("sum", 21) + right(grand, 9);
console.log(table);
for (const r of rows) console.log(left(r.name, 7) + "|" + "#".repeat(r.qty) + (r.qty ? " " + r.qty : ""));
const csv = rows.map((r) => [r.name, r.qty, r.price].join(",")).join("\n");
const back = csv.split("\n").map((line) => line.split(","));
let same = 0;
for (let i = 0; i < rows.length; i++) {
  if (back[i][0] === rows[i].name) same++;
  if (Number(back[i][1]) === rows[i].qty) same++;
  if (parseFloat(back[i][2]) === rows[i].price) same++;
}
console.log(same, csv.length, back[3]);
let big = "";
for (let i = 0; i < 3000; i++) big += i % 100 === 0 ? "\n" : String.fromCharCode(97 + (i % 26));
console.log(big.length, big.split("\n").length, big.slice(0, 30).split("\n").join("|"));
