// this inside methods called as o.m(): the same function stored on two
// objects sees each receiver; methods calling other methods through this;
// methods that mutate this; a method extracted and called via another object.
function describe() {
  return this.name + ":" + this.value;
}
const a = { name: "a", value: 1, describe };
const b = { name: "b", value: 2, describe };
console.log(a.describe(), b.describe());
const counter = {
  n: 0,
  inc() {
    this.n++;
    return this;
  },
  add(k) {
    for (let i = 0; i < k; i++) this.inc();
    return this.n;
  },
};
console.log(counter.inc().inc().n, counter.add(5), counter.n);
const other = { n: 100, inc: counter.inc };
other.inc();
console.log(other.n, counter.n);
const acct = {
  balance: 0,
  deposit(x) {
    this.balance += x;
  },
  report() {
    return `balance=${this.balance}`;
  },
};
for (let i = 0; i < 5000; i++) acct.deposit(i % 10);
console.log(acct.report());
const shapes = [
  { w: 2, h: 3, area() { return this.w * this.h; } },
  { r: 1, area() { return 3 * this.r * this.r; } },
];
let total = 0;
for (let i = 0; i < 3000; i++) total += shapes[i % 2].area();
console.log(total);
