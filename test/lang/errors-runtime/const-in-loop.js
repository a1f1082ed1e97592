// Assignment to a const inside a loop body: the first iterations print, then
// the assignment throws TypeError.
const k = 3;
for (let i = 0; i < 10; i++) {
  console.log("iteration", i, k);
  if (i === 2) {
    k += 1;
  }
}
console.log("unreachable");
