// A function with many live locals at once (more than there are machine
// registers), across a loop and a call: stresses register allocation and spills.
function many(n) {
  let a = 1, b = 2, c = 3, d = 4, e = 5, f = 6, g = 7, h = 8;
  let i2 = 9, j = 10, k = 11, l = 12, m = 13, o = 14, p = 15, q = 16, r = 17;
  for (let t = 0; t < n; t++) {
    a = (a + b) % 1000; b = (b + c) % 1000; c = (c + d) % 1000; d = (d + e) % 1000;
    e = (e + f) % 1000; f = (f + g) % 1000; g = (g + h) % 1000; h = (h + i2) % 1000;
    i2 = (i2 + j) % 1000; j = (j + k) % 1000; k = (k + l) % 1000; l = (l + m) % 1000;
    m = (m + o) % 1000; o = (o + p) % 1000; p = (p + q) % 1000; q = (q + r) % 1000;
    r = (r + a + Math.max(a, b)) % 1000;
  }
  console.log(a, b, c, d, e, f, g, h, i2, j, k, l, m, o, p, q, r);
  return a + b + c + d + e + f + g + h + i2 + j + k + l + m + o + p + q + r;
}
console.log(many(0));
console.log(many(1));
console.log(many(10));
console.log(many(5000));
