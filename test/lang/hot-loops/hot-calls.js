// Small functions called tens of thousands of times from a loop: call overhead,
// argument passing, and compiled-to-compiled calls in default mode.
function sq(x) {
  return x * x;
}
function hyp2(a, b) {
  return sq(a) + sq(b);
}
function isPyth(a, b, c) {
  return hyp2(a, b) === sq(c);
}
let found = 0;
for (let a = 1; a < 40; a++) for (let b = a; b < 40; b++) for (let c = b; c < 57; c++) if (isPyth(a, b, c)) found++;
console.log(found);
let acc = 0;
for (let i = 0; i < 50000; i++) acc = (acc + hyp2(i & 255, i >> 8)) | 0;
console.log(acc);
