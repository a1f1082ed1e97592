// Conditions of every kind of value: if/while/for/?: all use ToBoolean.
function check(v) {
  let r = "";
  if (v) r += "if ";
  r += v ? "tern " : "";
  let w = 0;
  while (v && w < 1) w++;
  r += w;
  return r;
}
console.log(check(0), check(1), check(-0), check(NaN), check(0.1), check(-1));
console.log(check(""), check("0"), check(" "), check(null), check(undefined), check(true), check(false));
console.log(check(Infinity), check(check), check(2147483648), check(-2147483648));
