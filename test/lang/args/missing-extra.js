// Missing arguments are undefined; extra arguments are evaluated (side effects
// happen) but ignored.
function three(a, b, c) {
  console.log("three:", a, b, c, typeof c);
  return a + b + c;
}
function none() {
  return "none";
}
let evals = 0;
function se(v) {
  evals++;
  return v;
}
console.log(three());
console.log(three(1));
console.log(three(1, 2));
console.log(three(1, 2, 3));
console.log(three(1, 2, 3, se(4), se(5)));
console.log(none(se(1), se(2), se(3)), evals);
function useMissing(a, b) {
  if (b === undefined) b = 10;
  return a * b;
}
let s = 0;
for (let i = 0; i < 3000; i++) s += i % 2 ? useMissing(i) : useMissing(i, 2);
console.log(s);
