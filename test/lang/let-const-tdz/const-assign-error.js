// Assigning to a const throws TypeError at run time (not at parse time: code
// before it runs). Prints first.
const limit = 10;
let sum = 0;
for (let i = 0; i < limit; i++) sum += i;
console.log(sum, limit);
function bump() {
  limit = limit + 1;
}
console.log("calling bump");
bump();
console.log("unreachable");
