// Arrow functions take this from the enclosing method: callbacks passed to
// forEach/map inside a method see the object; a function expression in the
// same place would not (so only the arrow form's result is printed).
const counter = {
  count: 0,
  step: 2,
  addAll(list) {
    list.forEach((x) => {
      this.count += x * this.step;
    });
    return this.count;
  },
  labels(list) {
    return list.map((x) => this.prefix + x);
  },
  prefix: "#",
  later() {
    return () => () => this.count;
  },
};
console.log(counter.addAll([1, 2, 3]), counter.labels(["a", "b"]));
const deep = counter.later()();
counter.count = 42;
console.log(deep());
const other = { count: -1, step: 10, prefix: "@", addAll: counter.addAll, labels: counter.labels };
console.log(other.addAll([1]), other.labels([1, 2]), counter.count);
for (let i = 0; i < 3000; i++) counter.addAll([i % 3]);
console.log(counter.count);
const timer = {
  ticks: 0,
  run(n) {
    const tick = () => this.ticks++;
    for (let i = 0; i < n; i++) tick();
    return this.ticks;
  },
};
console.log(timer.run(5000), timer.run(1), timer);
