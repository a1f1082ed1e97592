// if / else if / else chains, nested ifs, ifs without braces, empty branches.
function classify(x) {
  if (x < 0) {
    return "neg";
  } else if (x === 0) {
    return "zero";
  } else if (x < 10) {
    if (x % 2) return "small odd";
    else return "small even";
  } else {
    if (x > 1000) {
    } else {
      return "medium";
    }
  }
  return "large";
}
for (let v = -2; v < 15; v += 3) console.log(v, classify(v));
console.log(classify(5000), classify(0.5), classify(-0), classify(NaN));
let n = 0;
for (let i = 0; i < 30000; i++) {
  if (i % 15 === 0) n += 15;
  else if (i % 5 === 0) n += 5;
  else if (i % 3 === 0) n += 3;
  else n -= 1;
}
console.log(n);
if (n) console.log("truthy n");
if (!n);
else console.log("else of empty if");
