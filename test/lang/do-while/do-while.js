// do...while runs its body at least once; continue jumps to the condition.
let i = 100;
do {
  console.log("once", i);
} while (i < 10);
let n = 0;
do {
  n++;
  if (n % 2) continue;
  console.log("even", n);
} while (n < 8);
let digits = 0;
let v = 1234567;
do {
  digits++;
  v = Math.floor(v / 10);
} while (v > 0);
console.log(digits);
function countDigits(x) {
  let d = 0;
  do {
    d++;
    x = (x / 10) | 0;
  } while (x);
  return d;
}
let sum = 0;
for (let k = 0; k < 30000; k++) sum += countDigits(k);
console.log(sum, countDigits(0), countDigits(-99));
let j = 0;
do j += 3; while (j < 10);
console.log(j);
