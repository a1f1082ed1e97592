// `debugger` with no debugger attached does nothing (node without --inspect).
function stop(x) {
  debugger;
  return x * 2;
}
let sum = 0;
for (let i = 0; i < 200; i++) { debugger; sum += stop(i); }
console.log(sum);
