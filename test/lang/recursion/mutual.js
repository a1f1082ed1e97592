// Mutual recursion between functions declared in either order.
function isEven(n) {
  return n === 0 ? true : isOdd(n - 1);
}
function isOdd(n) {
  return n === 0 ? false : isEven(n - 1);
}
function hofQ(n) {
  return n <= 2 ? 1 : hofF(n);
}
function hofF(n) {
  return hofQ(n - hofQ(n - 1)) + hofQ(n - hofQ(n - 2));
}
for (let i = 0; i < 10; i++) console.log(i, isEven(i), isOdd(i));
console.log(isEven(1000), isOdd(777));
let line = "";
for (let i = 1; i <= 20; i++) line += hofQ(i) + " ";
console.log(line);
