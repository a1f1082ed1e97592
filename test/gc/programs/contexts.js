// Closures over nested contexts (several levels, mutated after capture): the contexts of
// live closures survive collections, the rest is freed.
function counterFactory(base) {
  let made = 0;
  return function make(step) {
    made++;
    let count = base;
    return {
      next: () => (count += step),
      made: () => made,
    };
  };
}
const live = [];
let acc = 0;
for (let i = 0; i < 50000; i++) {
  const make = counterFactory(i % 10);
  const c = make(i % 3 + 1);
  acc = (acc + c.next() + c.next() + c.made()) % 1000000007;
  if (i % 5000 === 0) live.push(c);
}
for (let k = 0; k < 3; k++) for (const c of live) acc = (acc + c.next()) % 1000000007;
console.log(acc, live.length, live.map((c) => c.next()));
