// for loops: all header parts optional, multiple variables, comma updates,
// counting down, double steps, and nested loops.
for (let i = 0, j = 10; i < j; i += 2, j--) console.log(i, j);
let n = 0;
for (;;) {
  if (++n > 4) break;
}
console.log(n);
for (n = 0; n < 3; ) n++;
console.log(n);
for (let x = 1; x > 0.01; x /= 3) console.log(x);
for (let d = 10; d >= 0; d -= 2.5) console.log("d", d);
let table = "";
for (let r = 1; r <= 4; r++) {
  let row = "";
  for (let c = 1; c <= 4; c++) row += r * c + (c < 4 ? "," : "");
  table += row + ";";
}
console.log(table);
var vi;
for (vi = 0; vi < 5; vi++);
console.log(vi);
