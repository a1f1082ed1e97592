// A TypeError thrown three calls deep unwinds through every frame (compiled ones
// too in eager modes), printing nothing more.
function level3(f) {
  console.log("level3");
  return f(1);
}
function level2(f) {
  console.log("level2");
  return level3(f) + 1;
}
function level1(f) {
  console.log("level1");
  return level2(f) + 1;
}
function ok(v) {
  return v;
}
console.log(level1(ok));
let nothing;
console.log(level1(nothing));
console.log("unreachable");
