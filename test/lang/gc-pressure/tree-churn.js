// Repeatedly builds complete binary trees of objects (depth 10, about 2000
// nodes each), checks them and throws them away, while one long-lived tree
// stays reachable; ~1M node objects in total (the binary-trees benchmark).
function build(d) {
  return d === 0 ? { l: null, r: null } : { l: build(d - 1), r: build(d - 1) };
}
function check(t) {
  return t.l === null ? 1 : 1 + check(t.l) + check(t.r);
}
const longLived = build(12);
let total = 0;
for (let i = 0; i < 500; i++) total += check(build(10));
console.log(total, check(longLived));
for (let d = 4; d <= 12; d += 4) {
  let iters = 1 << (14 - d);
  let c = 0;
  for (let i = 0; i < iters; i++) c += check(build(d));
  console.log(d, iters, c);
}
console.log(check(longLived), longLived.l.l.l.l === null, build(2));
