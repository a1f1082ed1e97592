// Exceptions thrown inside callbacks of native array methods (forEach, map, sort) reach
// the handler around the call, in every tier.
function firstNegative(a) {
  let found = -1;
  try {
    a.forEach((x, i) => { if (x < 0) throw i; });
  } catch (i) {
    found = i;
  }
  return found;
}
let hits = 0;
for (let k = 0; k < 2000; k++) hits += firstNegative([3, 1, k % 4 === 0 ? -1 : 2, -5]);
console.log(hits);
try {
  [3, 1, 2].sort((a, b) => { throw new Error('no sorting ' + a + b); });
} catch (e) {
  console.log(e.message);
}
try {
  [1, 2].map((x) => x.y.z);
} catch (e) {
  console.log(e.name, e.message);
}
console.log('done');
