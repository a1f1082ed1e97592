// Reading a name that was never declared throws ReferenceError at the time of the
// read (typeof is fine), from inside a hot function.
function readIt(flag) {
  if (flag) return missingVariable;
  return 1;
}
let t = 0;
for (let i = 0; i < 3000; i++) t += readIt(false);
console.log(t, typeof missingVariable);
console.log(readIt(true));
console.log("unreachable");
