const o = { z: 0, k: { z: 1 } };
for (const t of [() => o?.["z"](), () => o.z?.(), () => o?.k?.z(), () => o?.[0](), () => o?.k.z?.()(), () => o.k?.[`z`]()]) {
  try { console.log(t()); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
}
class A { m() { return 'A.m'; } }
class B extends A { m() { return super.m?.() + super.nope?.(); } t() { return super.m?.call(this); } }
console.log(new B().m());
const deep = { a: [{ b: () => ({ c: null }) }] };
console.log(deep.a?.[0].b().c?.d, deep.a[0]?.b?.()?.c ?? 'nil');
function chainInLoop(xs) { let s = 0; for (let i = 0; i < xs.length; i++) s += xs[i]?.v ?? 0; return s; }
const xs = []; for (let i = 0; i < 100; i++) xs.push(i % 3 ? { v: i } : null);
for (let r = 0; r < 30; r++) chainInLoop(xs);
console.log(chainInLoop(xs));
