// &&= ||= ??= assign only when the short-circuit says so (and do not evaluate
// the right side otherwise).
let evals = 0;
function rhs(v) {
  evals++;
  return v;
}
let a = 0, b = 1, c = null, d = 0, e = "", f = undefined;
a ||= rhs(10);
b ||= rhs(20);
c ??= rhs(30);
d ??= rhs(40);
e &&= rhs(50);
b &&= rhs(60);
f ||= rhs(0);
f ??= rhs(70);
console.log(a, b, c, d, e, f, evals);
let counter = 0;
for (let i = 0; i < 10; i++) {
  let t = i % 3 === 0 ? null : i;
  t ??= -1;
  t ||= 100;
  t &&= t * 2;
  counter += t;
  console.log(i, t, counter);
}
