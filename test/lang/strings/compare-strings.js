// String equality across strings built in different ways (literal, concat,
// template) and strings as switch keys and loop conditions.
function greet(who) {
  return "hello " + who;
}
let a = greet("world");
let b = "hello world";
let c = `hello ${"world"}`;
console.log(a === b, b === c, a == c, a !== "hello", a < "hello x", "hello" + " " === "hello ");
let k = "";
let steps = 0;
while (k !== "aaaaa") {
  k += "a";
  steps++;
}
console.log(k, steps);
console.log("1" == 1, "1.0" == 1, "1" === "1.0", "abc" < "abd", "a" < "B");
