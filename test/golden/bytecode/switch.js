function classify(x) {
  switch (x) {
    case 0: return "zero";
    default: let s = "many"; return s;
    case 1:
    case 2: return "few";
  }
}
console.log(classify(0), classify(2), classify(9));
