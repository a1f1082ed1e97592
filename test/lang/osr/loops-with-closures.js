// OSR in loops that create closures over per-iteration bindings, use break/continue and
// labels, and call back into functions compiled or not.
const fns = [];
for (let i = 0; i < 2000; i++) {
  if (i % 500 === 0) fns.push(() => i);
}
console.log(fns.map((f) => f()));

let found = -1;
outer: for (let a = 0; a < 100; a++) {
  for (let b = 0; b < 100; b++) {
    if (b > a) continue outer;
    if (a * b === 4356) {
      found = a * 1000 + b;
      break outer;
    }
  }
}
console.log(found);

let counter = 0;
const bump = (by) => {
  counter += by;
  return counter;
};
for (let i = 0; i < 3000; i++) {
  if (i % 3 === 0) continue;
  bump(i % 5);
}
console.log(counter);

function outerFn() {
  let inner = 0;
  const add = () => inner++;
  for (let i = 0; i < 2500; i++) add();
  return inner;
}
console.log(outerFn(), outerFn());
