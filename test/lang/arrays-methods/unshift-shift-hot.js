// shift/unshift move every element; a sliding-window average over a long
// stream keeps a fixed-size window with push + shift in a hot loop, checked
// against a window recomputed with slice.
function slidingAvg(n, w) {
  const win = [];
  let sum = 0;
  const out = [];
  for (let i = 0; i < n; i++) {
    const v = (i * 37) % 101;
    win.push(v);
    sum += v;
    if (win.length > w) sum -= win.shift();
    if (i % 50 === 49) out.push(sum / win.length);
  }
  return out;
}
console.log(slidingAvg(500, 7));
let acc = 0;
for (let r = 0; r < 50; r++) acc += slidingAvg(300, 1 + (r % 10)).length;
console.log(acc);
const rot = [1, 2, 3, 4, 5];
for (let i = 0; i < 7; i++) {
  rot.unshift(rot.pop());
  console.log(rot.join(""));
}
