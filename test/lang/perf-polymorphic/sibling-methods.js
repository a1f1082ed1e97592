// One call site, o.run(), over instances of sibling classes that each define run(): the
// compiled load picks the method by the receiver's shape. Then a prototype's method is
// replaced, an instance gets an own `run`, and a fifth class arrives (megamorphic).
class Task {
  constructor(n) {
    this.n = n;
  }
}
class Idle extends Task {
  run(x) { return x + this.n; }
}
class Work extends Task {
  run(x) { return x * 2 + this.n; }
}
class Hold extends Task {
  run(x) { return x - this.n; }
}
class Device extends Task {
  run(x) { return (x & 7) + this.n; }
}
function step(tasks, x) {
  for (let i = 0; i < tasks.length; i++) x = (tasks[i].run(x) | 0) % 100000;
  return x;
}
const tasks = [new Idle(1), new Work(2), new Hold(3), new Device(4), new Work(5)];
let x = 1;
for (let i = 0; i < 3000; i++) x = step(tasks, x);
console.log("mixed", x);
Work.prototype.run = function (v) { return v + 1000; };
for (let i = 0; i < 300; i++) x = step(tasks, x);
console.log("replaced", x);
tasks[0].run = function (v) { return v + 7; };
for (let i = 0; i < 300; i++) x = step(tasks, x);
console.log("own", x);
class Extra extends Task {
  run(x) { return x + 11; }
}
tasks.push(new Extra(6));
for (let i = 0; i < 300; i++) x = step(tasks, x);
console.log("five", x);
delete Hold.prototype.run;
try {
  step(tasks, x);
} catch (e) {
  console.log(e instanceof TypeError);
}
