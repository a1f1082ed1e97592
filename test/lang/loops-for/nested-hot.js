// Nested loops running ~100k inner iterations (triangle counting): a loop nest
// that tiers up and whose inner loop exits and re-enters often.
function triangles(n) {
  let count = 0;
  for (let a = 1; a < n; a++) {
    for (let b = a; b < n; b++) {
      let c2 = a * a + b * b;
      let c = Math.floor(Math.sqrt(c2));
      if (c * c === c2 && c < n) count++;
    }
  }
  return count;
}
console.log(triangles(10), triangles(50), triangles(400));
function matrixSum(n) {
  let s = 0;
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) s += (i ^ j) & 7;
  return s;
}
console.log(matrixSum(3), matrixSum(300));
