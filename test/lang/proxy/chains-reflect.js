// Proxies as prototypes, proxies of proxies, proxies of arrays (index keys reach traps as
// strings), symbol keys, and Reflect's methods over proxies (receivers included).
const seen = [];
const protoProxy = new Proxy({ fromProto: 'p' }, {
  get(t, k, r) { seen.push(`get ${String(k)}`); return Reflect.get(t, k, r); },
  set(t, k, v, r) { seen.push(`set ${String(k)}`); return Reflect.set(t, k, v, r); },
  has(t, k) { seen.push(`has ${String(k)}`); return Reflect.has(t, k); },
});
const child = Object.create(protoProxy);
child.own = 1; // goes through the proxy's set trap, lands on child (receiver)
console.log(child.own, child.fromProto, child.missing, 'fromProto' in child, 'own' in child, Object.keys(child));
console.log(seen.join(', '));
class Widget {}
Object.setPrototypeOf(Widget.prototype, protoProxy);
const w = new Widget();
console.log(w.fromProto, w instanceof Widget);

const inner = new Proxy({ v: 1 }, { get: (t, k) => (k === 'v' ? 'inner' : t[k]) });
const outer = new Proxy(inner, {});
console.log(outer.v, Object.keys(outer), 'v' in outer);

const keyTypes = [];
const arrProxy = new Proxy([1, 2, 3], { get(t, k, r) { keyTypes.push(typeof k); return Reflect.get(t, k, r); } });
console.log(arrProxy[0], arrProxy.length, arrProxy['2'], keyTypes.join(','));
const setLog = [];
const arrSet = new Proxy([], { set(t, k, v) { setLog.push(`${String(k)}=${v}`); t[k] = v; return true; } });
arrSet[0] = 1;
arrSet[1] = 2;
arrSet[5] = 9;
console.log(setLog.join(' '), arrSet.length);

const sym = Symbol('key');
const symProxy = new Proxy({ [sym]: 'symbol value' }, { get: (t, k) => (typeof k === 'symbol' ? t[k] + '!' : 'str') });
console.log(symProxy[sym], symProxy.other, Object.getOwnPropertySymbols(symProxy).length);

// Reflect over proxies.
const target = { a: 1, get g() { return this.tag; } };
const p = new Proxy(target, {});
console.log(Reflect.get(p, 'g', { tag: 'receiver' }), Reflect.get(p, 'a'), Reflect.has(p, 'a'));
const receiver = { tag: 'r' };
console.log(Reflect.set(p, 'b', 2, receiver), receiver.b, target.b);
console.log(Reflect.set(p, 'c', 3), target.c);
console.log(Reflect.ownKeys(p), Reflect.ownKeys(new Proxy({ [sym]: 1, x: 2 }, {})).length);
console.log(Reflect.defineProperty(p, 'd', { value: 4 }), Reflect.getOwnPropertyDescriptor(p, 'd'));
console.log(Reflect.deleteProperty(p, 'd'), Reflect.deleteProperty(p, 'a'), 'a' in target);
console.log(Reflect.getPrototypeOf(p) === Object.prototype, Reflect.setPrototypeOf(p, null), Object.getPrototypeOf(target));
console.log(Reflect.isExtensible(p), Reflect.preventExtensions(p), Reflect.isExtensible(target));
console.log(Reflect.set(p, 'late', 1), Reflect.defineProperty(p, 'late', { value: 1 }));
const refusing = new Proxy({}, { set: () => false, defineProperty: () => false, deleteProperty: () => false, setPrototypeOf: () => false, preventExtensions: () => false });
console.log(Reflect.set(refusing, 'x', 1), Reflect.defineProperty(refusing, 'x', {}), Reflect.deleteProperty(refusing, 'x'),
  Reflect.setPrototypeOf(refusing, null), Reflect.preventExtensions(refusing));
refusing.x = 1; // sloppy code: a falsish set is ignored
delete refusing.x;
(function () {
  'use strict';
  try { refusing.x = 1; } catch (e) { console.log(e.message); }
  try { delete refusing.x; } catch (e) { console.log(e.message); }
  try { refusing[sym] = 1; } catch (e) { console.log(e.message); }
})();
try { Object.defineProperty(refusing, 'x', { value: 1 }); } catch (e) { console.log(e.message); }
try { Object.setPrototypeOf(refusing, null); } catch (e) { console.log(e.message); }
try { Object.preventExtensions(refusing); } catch (e) { console.log(e.message); }
// A receiver that is itself a proxy: its getOwnPropertyDescriptor and defineProperty traps run.
const calls = [];
const recvProxy = new Proxy({}, {
  getOwnPropertyDescriptor(t, k) { calls.push(`gopd ${k}`); return Reflect.getOwnPropertyDescriptor(t, k); },
  defineProperty(t, k, d) { calls.push(`define ${k} ${JSON.stringify(d)}`); return Reflect.defineProperty(t, k, d); },
});
console.log(Reflect.set({}, 'k', 5, recvProxy), recvProxy.k, calls.join('; '));
