// Building strings in hot loops: string + number concatenation compiled as
// helper calls, with number formatting of ints, doubles and -0 inside.
function build(n) {
  let s = "";
  for (let i = 0; i < n; i++) {
    s = s + i;
    if (i % 2) s += ",";
  }
  return s;
}
console.log(build(0), build(1), build(12));
let line = "";
for (let i = 0; i < 12; i++) line += i / 4 + " ";
console.log(line);
let neg = "";
for (let i = -3; i <= 3; i++) neg += i * 0 + "|";
console.log(neg);
let len = 0;
for (let round = 0; round < 2000; round++) {
  let t = "r" + round;
  if (t === "r1999") len = round;
}
console.log(len);
let big = "";
for (let i = 0; i < 3000; i++) big = i % 100 === 0 ? "" + i : big + "x";
console.log(big);
