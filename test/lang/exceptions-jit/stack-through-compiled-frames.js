// An error's stack names the functions it was thrown through, whether they run in the
// interpreter or compiled (the compiled frames are named by their call sites).
function inner(i) {
  if (i === 2999) throw new Error('at ' + i);
  if (i === 2998) return null.field;
  return i;
}
function middle(i) { return inner(i) + 1; }
function outer(i) { return middle(i) * 2; }
function names(e) {
  return e.stack.split('\n').slice(1, 4).map((l) => l.trim().split(' ')[1]).join(' < ');
}
let total = 0;
for (let i = 0; i < 3000; i++) {
  try {
    total += outer(i);
  } catch (e) {
    console.log(e.stack.split('\n')[0]);
    console.log(names(e));
  }
}
console.log(total);
