// for...of over an array that is modified during the loop: pushing extends
// the iteration (the iterator re-reads length), shrinking ends it early;
// contrasted with a for loop that caches length.
const a = [1, 2, 3];
const seen = [];
for (const v of a) {
  seen.push(v);
  if (v < 3) a.push(v + 10);
}
console.log(seen, a);
const b = [1, 2, 3, 4, 5, 6];
const seen2 = [];
for (const v of b) {
  seen2.push(v);
  if (v === 2) b.length = 3;
}
console.log(seen2, b);
const c = [1, 2, 3];
const seen3 = [];
for (let i = 0, n = c.length; i < n; i++) {
  seen3.push(c[i]);
  c.push(0);
}
console.log(seen3, c.length);
const d = [5, 6, 7, 8];
const seen4 = [];
for (const v of d) {
  seen4.push(v);
  d.shift();
}
console.log(seen4, d);
const e = ["a", "b", "c"];
let steps = 0;
for (const v of e) {
  steps++;
  console.log(steps, v, e.length);
  if (steps === 1) e.splice(1, 1);
  if (steps === 2) e.unshift("z");
}
const grow = [0];
let visits = 0;
for (const v of grow) {
  visits++;
  if (grow.length < 50) grow.push(v + 1);
}
console.log(visits, grow.length, grow[49]);
