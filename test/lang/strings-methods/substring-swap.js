// substring differs from slice: negative arguments clamp to 0 and the two
// arguments are swapped when start > end. Compared side by side.
const s = "abcdefgh";
const pairs = [[0, 3], [3, 0], [-2, 3], [3, -2], [2, 2], [5, 100], [100, 5], [-5, -1], [1.9, 3.9], [NaN, 2]];
for (const p of pairs) {
  console.log(p[0], p[1], "substring:", "[" + s.substring(p[0], p[1]) + "]", "slice:", "[" + s.slice(p[0], p[1]) + "]");
}
console.log(s.substring(3), s.substring(-3), s.substring(100) === "", s.substring());
function mid(str) {
  const h = str.length >> 1;
  return str.substring(h + 1, h - 1);
}
let acc = "";
for (let i = 0; i < 3000; i++) {
  const r = mid("x" + i);
  if (i % 500 === 0) acc += r + "|";
}
console.log(acc);
