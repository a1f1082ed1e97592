// Set algebra written with loops: union, intersection, difference, symmetric
// difference, subset tests; also deleting from a Set while iterating it.
function union(a, b) {
  const r = new Set(a);
  for (const x of b) r.add(x);
  return r;
}
function intersection(a, b) {
  const r = new Set();
  for (const x of a) if (b.has(x)) r.add(x);
  return r;
}
function difference(a, b) {
  const r = new Set();
  for (const x of a) if (!b.has(x)) r.add(x);
  return r;
}
function isSubset(a, b) {
  for (const x of a) if (!b.has(x)) return false;
  return true;
}
function show(s) {
  return "{" + [...s].join(",") + "}";
}
const evens = new Set();
const threes = new Set();
for (let i = 0; i < 30; i++) {
  if (i % 2 === 0) evens.add(i);
  if (i % 3 === 0) threes.add(i);
}
console.log(show(union(evens, threes)));
console.log(show(intersection(evens, threes)));
console.log(show(difference(threes, evens)));
console.log(show(union(difference(evens, threes), difference(threes, evens))));
console.log(isSubset(intersection(evens, threes), evens), isSubset(evens, threes));
const s = new Set([1, 2, 3, 4, 5, 6]);
const visited = [];
for (const x of s) {
  visited.push(x);
  if (x === 2) s.delete(3);
  if (x === 4) s.add(7);
}
console.log(visited.join(","), show(s));
let primes = new Set();
for (let i = 2; i < 200; i++) primes.add(i);
for (let p = 2; p * p < 200; p++) if (primes.has(p)) for (let q = p * p; q < 200; q += p) primes.delete(q);
console.log(primes.size, [...primes].slice(-5).join(","));
console.log("done");
