// Short circuit: the right operand must not be evaluated (visible side effects
// through a counter function), including in conditions of loops.
let calls = 0;
function side(v) {
  calls++;
  console.log("side", v, calls);
  return v;
}
console.log(side(0) && side(1));
console.log(side(1) && side(2));
console.log(side(3) || side(4));
console.log(side(0) || side(5));
console.log(side(null) ?? side(6));
console.log(side(7) ?? side(8));
let n = 0;
while (n < 3 && side(n) !== 99) n++;
console.log(n, calls);
let x = 0;
x = x || side(9);
x = x && side(10);
console.log(x, calls);
