// An assignment inside `with` looks its name up again when it stores, after the right-hand
// side ran, as V8 does (node is the oracle; the language would resolve it first).
var o = { x: 1 };
var x = 'outer';
with (o) { x = (delete o.x, 2); }
console.log(JSON.stringify(o), x);
var p = {};
var y = 'outer y';
with (p) { y = (p.y = 'added', 'assigned'); }
console.log(JSON.stringify(p), y);
var q = { n: 1 };
var n = 100;
with (q) { n += (delete q.n, 5); }
console.log(JSON.stringify(q), n);
var r = { m: 1 };
with (r) { m++; }
console.log(JSON.stringify(r));
var s = { v: null };
with (s) { v ??= 'filled'; v ||= 'not used'; }
console.log(JSON.stringify(s));
