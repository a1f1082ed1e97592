const o = { a: { b: { c: 1, m() { return this === o.a.b; } } }, n: null, u: undefined, z: 0, e: '', f() { return 'f'; } };
console.log(o?.a, o?.a.b.c, o.n?.x, o.u?.x.y.z, o.z?.toFixed(1), o.e?.length);
console.log(o.a?.b.m(), o.a.b?.m(), o.a.b.m?.(), o.nope?.(), o.f?.());
const k = 'a';
console.log(o?.[k]?.b?.['c'], o.n?.[k], o?.[k].b.c);
let side = 0;
console.log(o.n?.[side++], side, o.u?.x(side++), side, o.a?.[side++] ?? 'none', side);
console.log(delete o?.z, 'z' in o, delete o.n?.x, delete o.q?.r, delete o?.a.b.c, o.a.b);
const fn = null;
console.log(fn?.(1), fn?.(side++), side);
function g() { return { h: (x) => x * 2 }; }
console.log(g?.().h?.(21), g()?.h(2));
console.log((o?.f)(), (o.a.b?.m)());
for (const t of [() => o?.n.x, () => o.a?.zz.yy, () => o?.a.nope(), () => (o?.n)(), () => o.a.b.c?.d.e.f()]) {
  try { console.log(t()); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
}
const arr = [1, [2, 3]];
console.log(arr?.[1]?.[0], arr?.length, arr[5]?.[0]);
const s = 'str';
console.log(s?.length, s?.toUpperCase?.(), s?.[1]);
let cnt = 0;
const obj = { get p() { cnt++; return { q: 5 }; } };
console.log(obj?.p?.q, cnt);
if (o?.a?.b) console.log('truthy chain');
if (!o?.n?.x) console.log('falsy chain');
const r = o.u?.x ?? 'default';
console.log(r, o?.a?.b?.c === 1 ? 'yes' : 'no');
