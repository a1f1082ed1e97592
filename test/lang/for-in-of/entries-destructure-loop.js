// for (const [k, v] of Object.entries(o)) and for (const {a, b} of list):
// destructuring in the loop head, including defaults for missing fields and
// nested patterns.
const scores = { ann: 90, bob: 72, cid: 85 };
for (const [name, score] of Object.entries(scores)) console.log(name, score, score > 80);
const pts = [{ x: 1, y: 2 }, { x: 3 }, { y: 4 }, {}];
for (const { x = 0, y = -1 } of pts) console.log(x, y);
const nested = [{ id: 1, tags: ["a", "b"] }, { id: 2, tags: ["c"] }];
for (const { id, tags: [first, second = "none"] } of nested) console.log(id, first, second);
for (const [i, [a, b]] of [[0, [1, 2]], [1, [3, 4]]]) console.log(i, a + b);
function total(list) {
  let t = 0;
  for (const { x = 0, y = 0 } of list) t += x * 2 + y;
  return t;
}
let s = 0;
for (let r = 0; r < 3000; r++) s += total(pts);
console.log(s);
