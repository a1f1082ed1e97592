// Matrices as arrays of arrays: construction, multiplication, transpose,
// identity checks, a power by repeated squaring (Fibonacci via 2x2 matrix),
// and Gaussian elimination on doubles; results printed with console.log.
function zeros(n, m) {
  const a = [];
  for (let i = 0; i < n; i++) a.push(new Array(m).fill(0));
  return a;
}
function mul(a, b) {
  const n = a.length;
  const m = b[0].length;
  const k = b.length;
  const c = zeros(n, m);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < m; j++) {
      let s = 0;
      for (let t = 0; t < k; t++) s += a[i][t] * b[t][j];
      c[i][j] = s;
    }
  return c;
}
function transpose(a) {
  return a[0].map((_, j) => a.map((row) => row[j]));
}
function identity(n) {
  const I = zeros(n, n);
  for (let i = 0; i < n; i++) I[i][i] = 1;
  return I;
}
function matPow(m, p) {
  let r = identity(m.length);
  let b = m;
  while (p > 0) {
    if (p % 2 === 1) r = mul(r, b);
    b = mul(b, b);
    p = Math.floor(p / 2);
  }
  return r;
}
const A = [[1, 2, 3], [4, 5, 6]];
const B = [[7, 8], [9, 10], [11, 12]];
console.log(mul(A, B), transpose(A), mul(A, identity(3)));
console.log(matPow([[1, 1], [1, 0]], 10), matPow([[1, 1], [1, 0]], 70)[0][1]);
function solve(M, v) {
  const n = M.length;
  const a = M.map((row, i) => [...row, v[i]]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(a[r][c]) > Math.abs(a[p][c])) p = r;
    [a[c], a[p]] = [a[p], a[c]];
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = a[r][c] / a[c][c];
      for (let k = c; k <= n; k++) a[r][k] -= f * a[c][k];
    }
  }
  return a.map((row, i) => row[n] / row[i]);
}
console.log(solve([[2, 1, -1], [-3, -1, 2], [-2, 1, 2]], [8, -11, -3]));
let tr = 0;
const M = [[1, 2], [3, 4]];
for (let i = 0; i < 2000; i++) {
  const P = mul(M, [[i % 3, 1], [1, i % 2]]);
  tr += P[0][0] + P[1][1];
}
console.log(tr);
const big = zeros(8, 8).map((row, i) => row.map((_, j) => (i + 1) * (j + 1)));
console.log(big);
