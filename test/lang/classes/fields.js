// Instance fields are defined before the base constructor body runs; static fields once.
class Counter {
  count = 10;
  step = this.count / 5;
  static instances = 0;
  static label = 'C' + Counter.instances;
  constructor(extra) {
    this.total = this.count + this.step + extra;
    Counter.instances++;
  }
}
const a = new Counter(1);
const b = new Counter(2);
console.log(a, b, Counter.instances, Counter.label);
console.log(Object.keys(a));
