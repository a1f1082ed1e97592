// Assignment is an expression: chains, assignment inside conditions and
// arguments, and the value of an assignment expression.
let a, b, c;
a = b = c = 5;
console.log(a, b, c);
let x = 1;
let y = (x = x + 1) * (x = x * 10);
console.log(x, y);
function id(v) {
  return v;
}
let z;
console.log(id(z = 3), z, (z = 4, z + 1));
let n = 0;
let k;
while ((k = n * n) < 50) {
  n++;
}
console.log(n, k);
var v1 = 1, v2 = v1 + 1, v3 = v2 * 3;
console.log(v1, v2, v3);
let u = undefined;
console.log(u, (u = null), u, (u = "s"), u);
