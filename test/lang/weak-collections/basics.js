// WeakMap, WeakSet, WeakRef: the API, node's TypeErrors, printing, subclassing, and entries
// that stay while their keys live through collections (values reachable only from
// their own key included: ephemerons).
const t = (f) => { try { console.log(f()); } catch (e) { console.log(e.constructor.name + ': ' + e.message); } };
const a = { name: 'a' }; const b = { name: 'b' };
const wm = new WeakMap([[a, 1]]);
wm.set(b, 2).set(a, 3);
console.log(wm.get(a), wm.get(b), wm.has(a), wm.has({}), wm.get(1), wm.delete(b), wm.has(b), wm.delete(b));
t(() => wm.set(1, 2));
t(() => wm.set('s', 2));
t(() => new WeakSet().add(1));
t(() => WeakMap());
t(() => WeakMap.prototype.get.call(new Map(), a));
t(() => new WeakRef(1));
const ws = new WeakSet([a]);
console.log(ws.has(a), ws.has(b), ws.add(b) === ws, ws.has(b), ws.delete(a), ws.has(a));
const sym = Symbol('local');
t(() => new WeakMap().set(sym, 1).get(sym));
t(() => new WeakMap().set(Symbol.for('reg'), 1));
const ref = new WeakRef(a);
console.log(ref.deref() === a, typeof WeakRef.prototype.deref);
wm.x = 2;
console.log(wm, ws, [new WeakMap()], String(wm), Object.prototype.toString.call(ref), ref);
console.log(WeakMap.name, WeakMap.length, WeakSet.length, WeakRef.length, Object.getOwnPropertyNames(WeakMap.prototype), Object.getOwnPropertyNames(WeakSet.prototype));
class Cache extends WeakMap { getOr(k, f) { if (!this.has(k)) this.set(k, f(k)); return this.get(k); } }
const cache = new Cache();
console.log(cache.getOr(a, (k) => k.name + '!'), cache.getOr(a, () => 'again'), cache instanceof WeakMap);
// Private data per instance: entries die with their keys while the map stays small.
const priv = new WeakMap();
class Point { constructor(x) { priv.set(this, { x }); } get x() { return priv.get(this).x; } }
let sum = 0;
for (let i = 0; i < 200000; i++) sum += new Point(i).x;
console.log(sum);
// Values reachable only through their own key stay alive as long as the key does.
const keep = [];
const chain = new WeakMap();
for (let i = 0; i < 1000; i++) { const k = {}; chain.set(k, { k, i, big: new Array(100).fill(i) }); if (i % 100 === 0) keep.push(k); }
for (let i = 0; i < 100000; i++) ({ garbage: new Array(10) });
console.log(keep.map((k) => chain.get(k).i).join(','), keep.every((k) => chain.get(k).k === k));
