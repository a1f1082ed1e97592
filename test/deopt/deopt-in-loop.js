// Deopt test: inside a compiled loop, a top-level variable that was always an int becomes a
// double partway through (at iteration switchAt); the int32 speculation on the marked line
// fails mid-loop and the rest of the loop runs in the interpreter with the values it had.
// expect-deopt: accumulate not-int32|not-number
let bias = 1;
function accumulate(n, switchAt) {
  let acc = 0;
  for (let i = 0; i < n; i++) {
    if (i === switchAt) bias = 0.5;
    acc = acc + bias * 2; // deopt-here
  }
  return acc;
}
let check = 0;
for (let k = 0; k < 20; k++) check += accumulate(100, -1);
console.log(check, bias);
console.log(accumulate(1000, 400), bias);
bias = 3;
console.log(accumulate(10, -1));
