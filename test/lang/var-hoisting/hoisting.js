// var is function scoped and hoisted (reads before the assignment give
// undefined); redeclaration is allowed; var in blocks and loops leaks out.
console.log(a, typeof a);
var a = 1;
console.log(a);
var a;
console.log(a);
var a = 2;
console.log(a);
{
  var b = "block var";
}
console.log(b);
for (var i = 0; i < 3; i++) {
  var inLoop = i * 10;
}
console.log(i, inLoop);
function f() {
  console.log("f sees", c);
  var c = 5;
  if (false) {
    var never = 1;
  }
  console.log("f after", c, never);
  return c;
}
console.log(f());
var c = "top";
console.log(c);
