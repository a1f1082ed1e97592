// Hot int32 division and modulo later given the operands where a hardware integer divide
// traps or lies: x / 0, x % 0, -2147483648 / -1, -2147483648 % -1 (x86 idiv raises #DE on
// both), plus -0 results. Trained first on ordinary ints so compiled code speculates int32.
function div(a, b) {
  return a / b;
}
function mod(a, b) {
  return a % b;
}
function idiv(a, b) {
  return (a / b) | 0;
}
let s = 0;
for (let i = 1; i < 5000; i++) s += mod(i * 7, i % 13 + 1) + idiv(i * 9, 3) + div(i * 4, 2);
console.log(s);
console.log(div(7, 0), div(-7, 0), div(0, 0), mod(7, 0), mod(0, 0), idiv(7, 0));
console.log(div(-2147483648, -1), mod(-2147483648, -1), idiv(-2147483648, -1));
console.log(mod(-8, 4), mod(-9, 4), div(0, -4), idiv(-3, 4), mod(2147483647, -1));
let t = 0;
for (let i = -3000; i < 3000; i++) t += mod(i, 7) + idiv(i, -3) + (i === 0 ? 0 : div(-2147483648, i) | 0);
console.log(t);
