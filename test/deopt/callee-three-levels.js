// Deopt test: the guard fails in level3, called from compiled level2, called from compiled
// level1 (three compiled frames on the native stack). level3 finishes in the interpreter and
// returns its double to compiled level2, and so on up; every printed value must be node's.
// expect-deopt: level3 not-int32|not-number
function level3(x, y) {
  let r = x + y; // deopt-here
  return r;
}
function level2(x, y) {
  return level3(x, y) * 2;
}
function level1(x, y) {
  let r = level2(x, y) - 1;
  return r;
}
let check = 0;
for (let i = 0; i < 100; i++) check += level1(i, 1);
console.log(check);
console.log(level1(0.25, 1));
console.log(level1(3, 4), level1(1.5, 1.5), level1(2147483647, 1));
