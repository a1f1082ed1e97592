// Small functions inlined into hot loops, then called with other kinds of values, other
// argument counts, -0, NaN and overflow, so guards fail inside inlined code.
function sq(x) { return x * x; }
function half(x) { return x / 2; }
function neg(x) { return -x; }
function both(a, b) { const s = a + b; return s - b; }
function loop(n, k) {
  let s = 0;
  for (let i = 0; i < n; i++) s += sq(i + k) + half(i) + neg(k) + both(i, k);
  return s;
}
for (let r = 0; r < 30; r++) loop(50, r);
console.log(loop(50, 1), loop(50, 0.5), loop(50, -0), loop(50, NaN));
console.log(loop(10, 50000), loop(10, "3"), loop(10, true), loop(10, null), loop(10, undefined));
console.log(neg(0), neg(-0), sq(-0), half(-0), both(-0, 0), both(0, -0));
