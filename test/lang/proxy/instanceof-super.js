// Proxies meeting compiled instanceof and super.key caches: a proxy as the right-hand side
// (its get trap runs every time, nothing cached), proxies as receivers (their traps decide,
// never a cached shape), and a proxy as a home object's prototype under super.
'use strict';
class A {}
const log = [];
const P = new Proxy(A, { get(t, k, r) { log.push(typeof k === 'symbol' ? k.toString() : k); return Reflect.get(t, k, r); } });
function isP(v) { return v instanceof P; }
for (let i = 0; i < 2000; i++) isP(new A());
console.log(isP(new A()), isP({}), log.length, log.slice(0, 4).join(','));
const px = new Proxy(new A(), {});
const py = new Proxy({}, { getPrototypeOf() { return A.prototype; } });
function isA(v) { return v instanceof A; }
for (let i = 0; i < 2000; i++) isA(i % 2 ? px : new A());
console.log(isA(px), isA(py), isA(new Proxy([], {})));
class Base { m() { return 'base'; } }
const proxProto = new Proxy(Base.prototype, { get(t, k, r) { return k === 'm' ? () => 'trapped' : Reflect.get(t, k, r); } });
const obj = { m() { return 'obj:' + super.m(); } };
Object.setPrototypeOf(obj, proxProto);
let r; for (let i = 0; i < 2000; i++) r = obj.m();
console.log(r);
