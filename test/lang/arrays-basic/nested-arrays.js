// Arrays of arrays: a jagged triangle, references shared between rows (a
// write through one row is seen through the alias), and deep indexing.
const tri = [];
for (let i = 0; i < 7; i++) {
  const row = [];
  for (let j = 0; j <= i; j++) row.push(j === 0 || j === i ? 1 : tri[i - 1][j - 1] + tri[i - 1][j]);
  tri.push(row);
}
for (const row of tri) console.log(row.join(" "));
console.log(tri[6][3], tri[6].length, tri[7], tri.length);
const shared = [0, 0];
const grid = [shared, shared, [0, 0]];
grid[0][1] = 5;
console.log(grid, grid[1][1], grid[2][1]);
const deep = [[[[1, 2], [3]], [[4]]], [[[5, 6, 7]]]];
console.log(deep[0][0][0][1], deep[1][0][0][2], deep[0][1][0][0], deep.length, deep[0].length);
function depthSum(x) {
  if (!Array.isArray(x)) return x;
  let s = 0;
  for (let i = 0; i < x.length; i++) s += depthSum(x[i]);
  return s;
}
let t = 0;
for (let r = 0; r < 3000; r++) t += depthSum(deep);
console.log(t);
