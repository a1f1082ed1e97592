// Function declarations are hoisted with their bodies: calls before the
// declaration work, at top level and inside function bodies.
console.log(square(5), cube(3));
function square(x) {
  return x * x;
}
function outer(n) {
  let r = helper(n) + 1;
  function helper(m) {
    return m * 100;
  }
  return r;
}
console.log(outer(2), outer(-1));
function cube(x) {
  return x * square(x);
}
console.log(typeof square, typeof outer, typeof cube);
