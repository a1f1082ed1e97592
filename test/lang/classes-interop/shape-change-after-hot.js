// Instances of one class that get extra fields added after construction in some
// cases (different hidden classes at the same sites), read in a hot method;
// then a field is deleted and reads must see undefined.
class Item {
  constructor(id) {
    this.id = id;
    this.price = id % 10;
  }
  cost() {
    return this.price + (this.tax === undefined ? 0 : this.tax);
  }
}
const items = [];
for (let i = 0; i < 200; i++) {
  const it = new Item(i);
  if (i % 3 === 0) it.tax = 1;
  if (i % 5 === 0) it.discount = 2;
  items.push(it);
}
let total = 0;
for (let r = 0; r < 500; r++) for (const it of items) total += it.cost();
console.log(total);
for (const it of items) if (it.tax !== undefined && it.id % 2 === 0) delete it.tax;
let total2 = 0;
for (const it of items) total2 += it.cost();
console.log(total2);
const keysets = {};
for (const it of items) {
  const k = Object.keys(it).join("+");
  keysets[k] = (keysets[k] || 0) + 1;
}
console.log(keysets);
console.log("done");
