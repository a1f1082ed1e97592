// Mixed int/double accumulation that overflows int32 partway through a compiled
// loop, then the loop's induction variable keeps going as int32.
function run(n, step) {
  let acc = 0;
  let checkpoints = "";
  for (let i = 0; i < n; i++) {
    acc += step;
    if (i % 20000 === 19999) checkpoints += acc + " ";
  }
  console.log(checkpoints);
  return acc;
}
console.log(run(100000, 30000));
console.log(run(100000, 21475));
console.log(run(100, 3));
console.log(run(40000, 0.5));
