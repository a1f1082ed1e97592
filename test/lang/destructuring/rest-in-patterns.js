// Rest elements in array patterns at every position allowed (last), nested
// rest, rest of a string, rest after holes, and rest in assignment patterns.
const [a, ...r1] = [1, 2, 3];
const [, , ...r2] = [1, 2, 3, 4];
const [...r3] = [];
const [b, [c, ...r4], ...r5] = [1, [2, 3, 4], 5, 6];
const [ch, ...r6] = "日本語";
console.log(a, r1, r2, r3, b, c, r4, r5, ch, r6);
let head;
let tail;
[head, ...tail] = "abc";
console.log(head, tail);
const [...copy] = [1, , 3];
console.log(copy, 1 in copy);
function heads(list) {
  const out = [];
  let rest = list;
  while (rest.length) {
    const [h, ...t] = rest;
    out.push(h);
    rest = t.slice(1);
  }
  return out;
}
console.log(heads([1, 2, 3, 4, 5, 6, 7]), heads([]), heads(["x"]));
let t = 0;
for (let i = 0; i < 2000; i++) {
  const [, ...rest] = [i, i + 1, i + 2];
  t += rest.length + rest[0];
}
console.log(t);
