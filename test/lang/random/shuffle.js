// A Fisher-Yates shuffle keeps every element (the order itself is not printed).
function shuffle(a) {
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    const t = a[i];
    a[i] = a[j];
    a[j] = t;
  }
  return a;
}
const items = [];
for (let i = 0; i < 100; i++) items.push(i);
for (let round = 0; round < 50; round++) shuffle(items);
console.log(items.length, items.slice().sort((a, b) => a - b).join(',') === items.map((_, i) => i).join(','));
