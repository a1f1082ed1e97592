// Fallthrough, case expressions evaluated in order (with side effects) only up
// to the match, and let declarations scoped to the whole switch block.
let evals = "";
function c(v) {
  evals += v;
  return v;
}
function fall(x) {
  let out = "";
  switch (x) {
    case c(1):
      out += "1";
    case c(2):
      out += "2";
    case c(3):
      out += "3";
      break;
    case c(4):
      out += "4";
    default:
      out += "d";
    case c(5):
      out += "5";
  }
  return out;
}
for (let i = 0; i <= 6; i++) {
  evals = "";
  console.log(i, fall(i), evals);
}
function scoped(x) {
  switch (x) {
    case 0:
      let y = "zero";
      return y;
    case 1:
      y = "one";
      return y;
  }
  return "none";
}
console.log(scoped(0), scoped(5));
