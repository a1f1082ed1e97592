// Unbounded recursion throws "RangeError: Maximum call stack size exceeded";
// output printed before must still appear.
function down(n) {
  return down(n + 1) + 1;
}
console.log("before recursion", down === down);
down(0);
console.log("unreachable");
