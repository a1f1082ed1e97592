// Deep recursion throws a catchable RangeError whether the recursion runs interpreted or
// compiled, and the program goes on (several times, so compiled code catches it too).
let deepest = 0;
function down(n) {
  if (n > deepest) deepest = n;
  return down(n + 1) + 1;
}
for (let k = 0; k < 5; k++) {
  try {
    down(0);
    console.log('unreachable');
  } catch (e) {
    console.log(k, e.name, e.message, deepest > 500);
  }
}
function sum(a) { let s = 0; for (let i = 0; i < a.length; i++) s += a[i]; return s; }
console.log(sum([1, 2, 3]), 'done');
