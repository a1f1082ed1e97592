// new Array(n) at a hot site (allocated inline for small int32 lengths): lengths 0..39 used,
// written and pushed to, then the cases the runtime handles: a negative or fractional length
// (RangeError), a long one, a one-element array from a string.
function mk(n) { return new Array(n); }
let s = 0;
for (let i = 0; i < 3000; i++) { const a = mk(i % 40); s += a.length; a[i % 3] = i; s += a[i % 3] ?? 0; if (i % 7 === 0) a.push("x"); s += a.length; }
console.log(s, mk(0).length, mk(3).join("-"), JSON.stringify(mk(2)));
try { mk(-1); } catch (e) { console.log(e.message); }
console.log(mk(2000).length, mk(2.0).length, mk("3").length);
try { mk(1.5); } catch (e) { console.log(e.message); }
