// Repeated multiplication overflowing int32 at different points; the same
// function alternates between int results and double results.
function mulMany(x, times) {
  let p = 1;
  for (let i = 0; i < times; i++) {
    p = p * x;
  }
  return p;
}
for (let t = 0; t < 40; t += 3) {
  console.log(t, mulMany(2, t), mulMany(3, t), mulMany(-7, t));
}
function square(v) {
  return v * v;
}
let v = 2;
for (let i = 0; i < 8; i++) {
  v = square(v);
  console.log(i, v);
}
console.log(square(46340), square(46341), square(-46341), square(0), square(-0));
