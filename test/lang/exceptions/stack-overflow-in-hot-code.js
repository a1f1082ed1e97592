// Stack overflow in functions that are already hot (compiled): a recursive
// function is warmed up with bounded depths, then driven past the stack limit
// several times; each overflow is caught and the function keeps working.
function depth(n, limit) {
  if (n === limit) return n;
  return depth(n + 1, limit);
}
let warm = 0;
for (let i = 0; i < 3000; i++) warm += depth(0, 20);
console.log("warm", warm);
let overflows = 0;
for (let round = 0; round < 3; round++) {
  try {
    depth(0, -1);
  } catch (e) {
    if (e instanceof RangeError && e.message === "Maximum call stack size exceeded") overflows++;
  }
  console.log("round", round, "still works:", depth(0, 100));
}
console.log("overflows", overflows);
function sumList(node) {
  return node === null ? 0 : node.v + sumList(node.next);
}
let list = null;
for (let i = 0; i < 100; i++) list = { v: i, next: list };
let s = 0;
for (let i = 0; i < 1000; i++) s += sumList(list);
console.log("sum", s);
const cyclic = { v: 1, next: null };
cyclic.next = cyclic;
try {
  sumList(cyclic);
} catch (e) {
  console.log("cyclic list:", e.name);
}
console.log("sum again", sumList(list));
console.log("done");
