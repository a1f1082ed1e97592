// More live values than machine registers, across calls and loops: forces spills, reloads
// and parallel moves at loop back-edges, with int32, double and tagged values mixed.
function id(x) {
  return x;
}
function pressure(n) {
  let a = 1, b = 2, c = 3, d = 4, e = 5, f = 6, g = 7, h = 8, i = 9, j = 10, k = 11, l = 12;
  let x = 0.5, y = 1.5, z = 2.5;
  for (let t = 0; t < n; t++) {
    const tmp = a;
    a = b; b = c; c = d; d = e; e = f; f = g; g = h; h = i; i = j; j = k; k = l; l = tmp;
    x = x + y * 0.25; y = y - z * 0.125; z = z + id(t) * 0.5;
    if (t % 7 === 0) a = id(a) + 1;
  }
  return a * 1 + b * 2 + c * 3 + d * 4 + e * 5 + f * 6 + g * 7 + h * 8 + i * 9 + j * 10 + k * 11 + l * 12 + x + y + z;
}
for (let r = 0; r < 20; r++) console.log(r, pressure(r * 13));
