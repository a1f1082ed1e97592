// Redundant shape checks: the first access to each object guards its shape, the later ones
// are marked known-shape (no guard). The store that adds `z` gives p its new shape and
// forgets q's (q may be p), so `q.f` guards again; the inlined empty call changes nothing,
// so the last load of q needs no guard.
function norm(p, q) {
  const d = p.x * q.x + p.y * q.y;
  p.z = d;
  const e = p.z + p.x;
  q.f();
  return e + q.x;
}
function point(x, y) {
  const o = {};
  o.x = x;
  o.y = y;
  o.f = function () {};
  return o;
}
norm(point(1, 2), point(3, 4));
console.log(norm(point(1, 2), point(3, 4)));
