// switch with strict-equality matching (1 vs "1" vs 1.0), default in the middle,
// no match, and string cases.
function name(x) {
  switch (x) {
    case 1:
      return "one(int)";
    case "1":
      return "one(string)";
    default:
      return "other";
    case 2.5:
      return "two and a half";
    case null:
      return "null";
    case undefined:
      return "undefined";
    case true:
      return "true";
  }
}
console.log(name(1), name(1.0), name("1"), name(2.5), name(null), name(undefined), name(), name(true), name(1 === 1), name(0));
function noDefault(x) {
  let r = "none";
  switch (x) {
    case "a":
      r = "A";
      break;
    case "b":
      r = "B";
  }
  return r;
}
console.log(noDefault("a"), noDefault("b"), noDefault("c"), noDefault(NaN));
function ops(op, a, b) {
  switch (op) {
    case "+": return a + b;
    case "-": return a - b;
    case "*": return a * b;
    case "/": return a / b;
  }
  return NaN;
}
console.log(ops("+", 3, 4), ops("-", 3, 4), ops("*", 3, 4), ops("/", 3, 4), ops("^", 3, 4));
switch (NaN) {
  case NaN:
    console.log("NaN matched (wrong)");
    break;
  default:
    console.log("NaN never matches");
}
switch (-0) {
  case 0:
    console.log("-0 matches 0");
}
