// An exception raised in the middle of evaluating an expression: operands
// already evaluated keep their side effects, the assignment target is not
// written, and later arguments or elements are never evaluated.
const order = [];
function val(tag, v) {
  order.push(tag);
  return v;
}
function boom(tag) {
  order.push(tag);
  throw "boom@" + tag;
}
let x = "unchanged";
try {
  x = val("a", 1) + boom("b") + val("c", 3);
} catch (e) {
  console.log(e, x, order.join(""));
}
order.length = 0;
let arr = null;
try {
  arr = [val("p", 1), val("q", 2), boom("r"), val("s", 4)];
} catch (e) {
  console.log(e, arr, order.join(""));
}
order.length = 0;
function three(a, b, c) {
  return a + b + c;
}
try {
  three(val("1", 1), boom("2"), val("3", 3));
} catch (e) {
  console.log(e, order.join(""));
}
order.length = 0;
const obj = { k: 0 };
try {
  obj.k = { first: val("f", 1), second: boom("g") };
} catch (e) {
  console.log(e, obj.k, order.join(""));
}
let counter = 0;
try {
  counter += 5;
  counter += boom("h") ? 1 : 2;
} catch (e) {
  console.log(e, counter);
}
let cond = "none";
try {
  cond = val("t", true) && boom("u");
} catch (e) {
  console.log(e, cond);
}
console.log(val("short", false) && boom("never"));
console.log("done");
