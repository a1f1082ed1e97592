// Stores into arrays whose elements kind must widen (holey int32 arrays from new Array(n)
// receiving objects and doubles, int32 arrays receiving doubles then strings) at hot
// compiled sites, as a growable vector class does; reads must see every value.
class Vec {
  constructor(capacity) {
    this.items = new Array(capacity === undefined ? 4 : capacity);
    this.count = 0;
  }
  append(v) {
    if (this.count >= this.items.length) {
      const bigger = new Array(this.items.length * 2 + 1);
      for (let i = 0; i < this.count; i++) bigger[i] = this.items[i];
      this.items = bigger;
    }
    this.items[this.count] = v;
    this.count++;
  }
  sum() {
    let s = 0;
    for (let i = 0; i < this.count; i++) {
      const v = this.items[i];
      s += typeof v === "number" ? v : typeof v === "string" ? v.length : v === null ? 0 : v.k;
    }
    return s;
  }
}
let total = 0;
for (let r = 0; r < 300; r++) {
  const v = new Vec(r % 5);
  for (let i = 0; i < 20; i++) v.append(i);
  v.append(1.5);
  v.append({ k: 3 });
  v.append("abc");
  v.append(null);
  total += v.sum() + v.count;
}
console.log(total);
function put(a, i, x) {
  a[i] = x;
}
const ints = [1, 2, 3, 4];
for (let i = 0; i < 2000; i++) put(ints, i & 3, i);
put(ints, 1, 0.25);
put(ints, 2, "s");
console.log(ints.join(","), ints.indexOf(0.25), ints.includes("s"));
