// What each method returns (new array vs same array vs value), printed with
// identity checks: slice/concat/map/filter return new arrays; reverse/fill/
// sort return the receiver; push returns a number; splice returns removed.
const a = [3, 1, 2];
console.log(a.slice() === a, a.concat() === a, a.map((x) => x) === a, a.filter(() => true) === a);
console.log(a.reverse() === a, a.fill(0, 5) === a, a.sort() === a, a);
console.log(typeof a.push(4), Array.isArray(a.splice(0, 0)), a.splice(0, 0).length, typeof a.join());
console.log(typeof a.indexOf(9), typeof a.includes(9), typeof a.some((x) => x), a.forEach((x) => x));
console.log(a.find((x) => x === 2), a.findIndex((x) => x === 2), a.reduce((s, x) => s + x), a);
const nested = [[1], [2]];
const mapped = nested.map((x) => x);
console.log(mapped === nested, mapped[0] === nested[0]);
let ident = 0;
for (let i = 0; i < 3000; i++) {
  const b = [i, i + 1];
  if (b.reverse() === b) ident++;
  if (b.slice() !== b) ident++;
}
console.log(ident);
