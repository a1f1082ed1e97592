// How a proxy prints (node shows its target, running no trap; a revoked one as
// <Revoked Proxy>), JSON.stringify over a proxy (of an object or an array), Array.isArray,
// Object.prototype.toString, and spread/for-of/Object.keys over proxies.
const traps = [];
const spy = new Proxy({ a: 1, nested: { b: [1, 2] } }, { get(t, k) { traps.push(String(k)); return Reflect.get(t, k); } });
console.log(spy);
console.log([spy], { inner: spy });
console.log(traps.length);
console.log(new Proxy([1, 2, 3], {}));
console.log(new Proxy(function named() {}, {}), new Proxy(class K {}, {}), new Proxy(() => {}, {}));
console.log(new Proxy(new Proxy({ deep: true }, {}), {}));
const r = Proxy.revocable({}, {});
r.revoke();
console.log(r.proxy, [r.proxy]);
console.log(JSON.stringify(spy), JSON.stringify(new Proxy([1, { a: 2 }, 'x'], {})));
console.log(JSON.stringify({ list: new Proxy([3, 4], { get: (t, k) => (k === 'length' ? 1 : t[k]) }) }));
console.log(JSON.stringify(new Proxy({ a: 1, b: 2 }, { ownKeys: () => ['b'], getOwnPropertyDescriptor: (t, k) => Reflect.getOwnPropertyDescriptor(t, k) })));
console.log(JSON.stringify(new Proxy(function () {}, {})), JSON.stringify([new Proxy(() => 1, {})]));
console.log(Array.isArray(new Proxy([], {})), Array.isArray(new Proxy({}, {})), Array.isArray(new Proxy(new Proxy([], {}), {})));
try { Array.isArray(r.proxy); } catch (e) { console.log(e.message); }
for (const v of [new Proxy([], {}), new Proxy({}, {}), new Proxy(function () {}, {}), new Proxy(new Date(0), {})]) {
  console.log(Object.prototype.toString.call(v));
}
console.log(Object.prototype.toString.call(new Proxy({}, { get: (t, k) => (k === Symbol.toStringTag ? 'Custom' : undefined) })));
const arr = new Proxy([10, 20, 30], {});
console.log([...arr], arr.length, arr[1], Object.keys(arr));
const out = [];
for (const v of arr) out.push(v);
console.log(out.join(','));
const keys = [];
for (const k in new Proxy({ p: 1, q: 2 }, {})) keys.push(k);
console.log(keys);
console.log(Object.entries(new Proxy({ e: 5 }, {})), Object.values(new Proxy({ v: 6 }, {})));
console.log(Object.assign({}, new Proxy({ s: 1 }, {})), { ...new Proxy({ t: 2 }, {}) });
console.log(`${new Proxy({ toString: () => 'converted' }, {})}`, new Proxy({ valueOf: () => 41 }, {}) + 1);
