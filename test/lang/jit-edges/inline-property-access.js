// Small functions that read and write properties are inlined into their callers: the
// callee's own caches specialize the access, and a guard failing inside deopts to both frames.
function energy(p) { return p.vx * p.vx + p.vy * p.vy; }
function setX(o, v) { o.x = v; }
function at(a, i) { return a[i]; }
const ps = [];
for (let i = 0; i < 100; i++) ps.push(i % 3 ? { vx: i, vy: 1 } : { vy: 2, vx: i, z: 1 });
let t = 0;
for (let k = 0; k < 50; k++) for (let i = 0; i < ps.length; i++) { t += energy(ps[i]); setX(ps[i], k); t += at(ps, i).x; }
console.log(t);
console.log(energy({ vx: 0.5, vy: 'a' }), at([1, 2], 5), at('xy', 1));
console.log(energy({vx: 3, vy: 4}));
energy(null);
