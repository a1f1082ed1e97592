// Closures made in hot (compiled) code, whose functions get compiled after, are dropped
// (a deopt) and compiled again: each closure enters whichever code its function has now,
// keeps its own context, and keeps its identity and properties.
function makeAdder(n) {
  return (x) => x + n;
}
function makeCounter() {
  let count = 0;
  const counter = function () {
    return ++count;
  };
  counter.label = 'c';
  return counter;
}
const adders = [];
let total = 0;
for (let i = 0; i < 3000; i++) {
  const add = makeAdder(i);
  total += add(1);
  if (i % 500 === 0) adders.push(add);
}
console.log(total, adders.map((f) => f(0)));
// The adders' function is hot now: old closures call into its code, then a double deopts it.
let sum = 0;
for (let r = 0; r < 2000; r++) for (const f of adders) sum += f(r);
console.log(sum, adders[1](0.5), adders[2]('s'), adders.map((f) => f(1)).join());
const counters = [];
for (let i = 0; i < 1000; i++) counters.push(makeCounter());
for (let r = 0; r < 50; r++) for (let i = 0; i < counters.length; i += 7) counters[i]();
console.log(counters[0](), counters[7](), counters[1](), counters[999].label, typeof counters[3], counters[3] === counters[3], counters[3] === counters[4]);
console.log(makeAdder.name, makeAdder(1).name, makeCounter().name, makeAdder(2).length, String(makeAdder(3)));
const f = makeCounter();
f.prototype.hello = 'proto';
console.log(new f().hello, Object.keys(f), f.prototype.constructor === f);
