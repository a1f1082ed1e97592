// What an optional chain does not short-circuit, how node names the failing callee, and
// `this` of calls through optional links and parenthesized chains.
const a = { b: null, c: {}, n: 1 };
const tries = [
  () => a?.b.c, () => a.c?.d.e, () => a?.c.d(), () => a.c?.m(), () => a?.n(), () => (a?.b)(),
  () => a.zz?.(), () => a.c.zz?.().q, () => a?.["c"].x.y, () => a.f?.g(), () => a?.c?.d?.e.f,
  () => a?.["n"](), () => a.n?.(), () => a?.c?.n(), () => a?.[0](), () => a.c?.[`k`](),
];
for (const t of tries) {
  try { console.log(t()); } catch (e) { console.log(e.constructor.name, e.message); }
}
const o = { f() { return this === o; }, k: {}, g() { return this; } };
console.log((o?.f)(), (o.f)(), o?.f(), o.f?.(), o?.["f"]?.());
const k = 'k';
for (const t of [() => o?.[k](), () => o.k?.[k](), () => o?.k.f?.()(), () => o?.f()(), () => o.f?.()()]) {
  try { console.log(t()); } catch (e) { console.log(e.message); }
}
const u = undefined;
for (const t of [() => { const { x } = u?.b; }, () => { new (u?.b)(); }]) {
  try { t(); } catch (e) { console.log(e.message); }
}
// Evaluation order: nothing to the right of a short-circuit runs.
let log = [];
const t = (x) => { log.push(x); return x; };
const n = null;
n?.[t('key')](t('arg'));
n?.x.y[t('deep')];
({ m: null }).m?.(t('callarg'));
console.log(log.length, log);
console.log(t({ p: 1 })?.p, log);
