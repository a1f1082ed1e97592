// Division producing ints and non-ints from int operands: an int32-speculating
// compiler must check the remainder (and -0) before keeping the result as int32.
function div(a, b) {
  return a / b;
}
let n = -12;
while (n <= 12) {
  console.log(n, div(n, 4), div(n, 3), div(n, -2), div(n, 5));
  n = n + 1;
}
console.log(div(1, 0), div(-1, 0), div(0, 0), div(0, -5), div(-0, 5));
console.log(div(2147483647, 1), div(-2147483648, -1), div(-2147483648, 2));
console.log(div(1e300, 1e-300), div(1, 3) * 3, div(7, 7));
let q = 1000000;
let k = 0;
for (let i = 1; i < 40; i++) {
  q = div(q, 2);
  k = k + q;
}
console.log(q, k);
