// Basic + - * / on small ints, including results that leave the int32 fast path
// (non-integer quotients) so every tier must switch representation correctly.
let a = 7;
let b = 3;
console.log(a + b, a - b, a * b, a / b);
console.log(b - a, -a * b, a / -b, -a / -b);
console.log(0 + 0, 0 - 0, 0 * 5, 0 / 5);
console.log(1 + 2 * 3, (1 + 2) * 3, 10 - 4 - 3, 2 * 3 * 4);
console.log(100 / 10, 100 / 8, 1 / 3, 2 / 3);
let x = 12345;
let y = 678;
console.log(x + y, x - y, x * y, x / y);
console.log(x * x, y * y * y, x * y * y);
console.log(-x, +x, -(-x), - -x);
let i = 0;
let acc = 1;
while (i < 12) {
  acc = acc * 3 - i;
  console.log(i, acc, acc / 7);
  i = i + 1;
}
