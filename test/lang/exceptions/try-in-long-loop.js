// A single long-running top-level loop (no function calls to tier up at, so a
// JIT can only enter it on-stack) whose body is a try/catch/finally; exceptions
// keep being thrown and caught after the loop has been compiled.
let acc = 0;
let caught = 0;
let finals = 0;
for (let i = 0; i < 200000; i++) {
  try {
    if (i % 4099 === 0) throw i;
    acc = (acc + (i ^ (i >> 3))) | 0;
  } catch (e) {
    caught++;
    acc = (acc - e) | 0;
  } finally {
    finals++;
  }
}
console.log(acc, caught, finals);
let label = "";
let j = 0;
outer: while (j < 100000) {
  j++;
  try {
    if (j % 25000 === 0) {
      label += "b" + j;
      continue outer;
    }
    if (j === 99999) break;
  } finally {
    if (j % 25000 === 0) label += "f";
  }
}
console.log(label, j);
console.log("done");
