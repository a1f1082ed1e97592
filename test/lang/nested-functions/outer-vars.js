// Nested function declarations read and write their enclosing function's locals
// and parameters (which therefore live in a context, not a register).
function outer(n) {
  let count = 0;
  let last = "none";
  function note(v) {
    count++;
    last = v;
    return count;
  }
  for (let i = 0; i < n; i++) note(i * n);
  note("end");
  function getN() {
    return n;
  }
  n = n + 1000;
  console.log("outer", count, last, getN());
  return count;
}
console.log(outer(0), outer(3), outer(10));
let top = 1;
function a() {
  let mid = 10;
  function b() {
    let inner = 100;
    function c() {
      top += 1;
      mid += 1;
      inner += 1;
      return top + mid + inner;
    }
    c();
    return c() + inner;
  }
  return b() + mid;
}
console.log(a(), a(), top);
