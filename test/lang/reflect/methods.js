// Reflect: every method, receivers for get/set, refusals as false, argument lists from
// array-likes, construct with a new.target, and node's TypeErrors.
const t = (f) => { try { console.log(f()); } catch (e) { console.log(e.constructor.name + ': ' + e.message); } };
const o = { a: 1, get g() { return this.a; } };
t(() => Reflect.get(o, 'a'));
t(() => Reflect.get(o, 'g', { a: 42 }));
t(() => Reflect.get(1, 'a'));
t(() => Reflect.set(o, 'b', 2) && o.b);
const frozen = Object.freeze({ x: 1 });
t(() => Reflect.set(frozen, 'x', 2));
t(() => Reflect.set(frozen, 'y', 2));
const recv = {};
t(() => [Reflect.set(o, 'c', 3, recv), recv.c, o.c]);
const withSetter = { set s(v) { this.seen = v; } };
const r2 = {};
t(() => [Reflect.set(withSetter, 's', 9, r2), r2.seen]);
t(() => Reflect.has(o, 'a') + ' ' + Reflect.has(o, 'toString') + ' ' + Reflect.has(o, 'zz'));
t(() => Reflect.ownKeys({ b: 1, a: 2, 1: 3, [Symbol('s')]: 4 }));
t(() => Reflect.ownKeys([1, 2]));
t(() => Reflect.defineProperty(o, 'd', { value: 4 }) + ' ' + Reflect.defineProperty(o, 'd', { value: 5 }));
t(() => Reflect.deleteProperty(o, 'd') + ' ' + Reflect.deleteProperty(o, 'a') + ' ' + JSON.stringify(o));
t(() => Reflect.getPrototypeOf([]) === Array.prototype);
t(() => Reflect.setPrototypeOf({}, null) + ' ' + Reflect.setPrototypeOf(Object.preventExtensions({}), {}));
t(() => Reflect.isExtensible({}) + ' ' + Reflect.preventExtensions({}) + ' ' + Reflect.isExtensible(Object.seal({})));
t(() => Reflect.apply(Math.max, null, [1, 5, 3]));
t(() => Reflect.apply(function () { return this.v + arguments.length; }, { v: 10 }, { length: 2 }));
t(() => Reflect.apply(1));
t(() => Reflect.apply(Math.max, null, 1));
class P { constructor(x) { this.x = x; } }
class Q extends P {}
t(() => Reflect.construct(P, [7]));
t(() => { const q = Reflect.construct(P, [8], Q); return [q instanceof Q, q.x]; });
t(() => Reflect.construct(() => 1, []));
t(() => Reflect.construct(Date, [0]).getTime());
t(() => Reflect.getOwnPropertyDescriptor({ k: 1 }, 'k'));
t(() => Reflect.getOwnPropertyDescriptor('s', 'length'));
t(() => Object.prototype.toString.call(Reflect) + ' ' + typeof Reflect + ' ' + Object.keys(Reflect).length);
t(() => Object.getOwnPropertyNames(Reflect).join());
t(() => Reflect.defineProperty(1, 'x', {}));
for (const v of [undefined, null, {}, 's', true, Symbol()]) t(() => Reflect.apply(v));
