// Proxy.revocable, revocation of every operation, and proxies the GC must keep: a target and
// handler reachable only through their proxy survive collections; revoking drops them.
const r = Proxy.revocable({ a: 1 }, {});
console.log(Object.keys(r), typeof r.revoke, r.revoke.length, r.revoke.name === '', r.proxy.a);
r.revoke();
r.revoke(); // a second revoke does nothing
const ops = {
  get: () => r.proxy.a, set: () => { r.proxy.a = 2; }, has: () => 'a' in r.proxy, delete: () => delete r.proxy.a,
  keys: () => Object.keys(r.proxy), gopd: () => Object.getOwnPropertyDescriptor(r.proxy, 'a'),
  define: () => Object.defineProperty(r.proxy, 'a', {}), getProto: () => Object.getPrototypeOf(r.proxy),
  setProto: () => Object.setPrototypeOf(r.proxy, null), isExt: () => Object.isExtensible(r.proxy),
  prevent: () => Object.preventExtensions(r.proxy), isArray: () => Array.isArray(r.proxy),
  forIn: () => { for (const k in r.proxy) ; }, json: () => JSON.stringify(r.proxy), instanceOf: () => ({}) instanceof r.proxy,
  asProto: () => Object.create(r.proxy).x, spread: () => ({ ...r.proxy }), toStr: () => Object.prototype.toString.call(r.proxy),
};
for (const [name, op] of Object.entries(ops)) {
  try { console.log(name, op()); } catch (e) { console.log(name, e.constructor.name, e.message); }
}
console.log(typeof r.proxy, new Proxy(r.proxy, {}) !== null);

// Many proxies whose targets and handlers only the proxies reference.
function make(i) {
  return new Proxy({ value: i, list: [i, i + 1] }, { get: (t, k) => (k === 'double' ? t.value * 2 : t[k]) });
}
const kept = [];
for (let i = 0; i < 300; i++) {
  kept.push(make(i));
  const garbage = new Array(50).fill({ i }); // allocation pressure
  if (garbage.length !== 50) throw new Error('unreachable');
}
let total = 0;
for (const p of kept) total += p.double + p.list[1];
console.log(total);
const callables = [];
for (let i = 0; i < 200; i++) callables.push(new Proxy(function (x) { return x + i; }, { apply: (t, s, a) => t(...a) * 2 }));
let sum = 0;
for (const f of callables) sum += f(1);
console.log(sum);
const revokers = [];
for (let i = 0; i < 100; i++) revokers.push(Proxy.revocable({ n: i }, {}));
let live = 0;
revokers.forEach((x, i) => { if (i % 2) x.revoke(); });
for (const x of revokers) { try { live += x.proxy.n; } catch (e) { live -= 1; } }
console.log(live);
