// Assigning to length truncates (elements beyond are gone, re-growing shows
// holes not the old values) and extends (new slots are holes). length = 0
// empties an array that other variables still reference.
const a = [1, 2, 3, 4, 5, 6, 7, 8];
a.length = 5;
console.log(a.length, a);
a.length = 8;
console.log(a.length, a, a[6], 6 in a);
a.length = 0;
console.log(a.length, a, a[0]);
const shared = [1, 2, 3];
const alias = shared;
alias.length = 1;
console.log(shared, alias, shared === alias);
const b = ["a", "b"];
b.length = 4;
b.push("e");
console.log(b, b.length, b.join("-"));
function truncLoop(n) {
  const arr = [];
  for (let i = 0; i < n; i++) {
    arr.push(i);
    if (arr.length > 5) arr.length = 3;
  }
  return arr;
}
let t = 0;
for (let r = 0; r < 3000; r++) t += truncLoop(r % 30).length;
console.log(t, truncLoop(20));
