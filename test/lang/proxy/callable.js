// Callable proxies: typeof, calls with and without an apply trap, `new` with and without a
// construct trap, new.target, class extends a proxy, bind/call/apply, instanceof, and
// proxies of non-constructors.
function Point(x, y) {
  this.x = x;
  this.y = y;
}
Point.prototype.sum = function () { return this.x + this.y; };
const log = [];
const P = new Proxy(Point, {
  apply(target, self, args) { log.push(`apply ${args.length}`); return target.apply(self, args); },
  construct(target, args, newTarget) { log.push(`construct ${newTarget === P}`); return Reflect.construct(target, args, newTarget); },
});
console.log(typeof P, typeof new Proxy({}, {}), typeof new Proxy(() => 1, {}));
const p = new P(1, 2);
console.log(p.sum(), p instanceof Point, p instanceof P, Object.getPrototypeOf(p) === Point.prototype);
const o = {};
P.call(o, 3, 4);
console.log(o.x, o.y, log.join('; '));

const plain = new Proxy(function add(a, b) { return a + b; }, {});
console.log(plain(2, 3), plain.call(null, 4, 5), plain.apply(null, [6, 7]), plain.bind(null, 1)(1), plain.name, plain.length);
console.log(new Proxy(function f() { return this; }, {}).call(7) === 7);

const doubled = new Proxy((x) => x, { apply: (t, self, args) => t(...args) * 2 });
let total = 0;
for (let i = 0; i < 2000; i++) total += doubled(i);
console.log(total);

class Base {
  constructor(v) { this.v = v; }
  hello() { return `hello ${this.v}`; }
}
const BaseProxy = new Proxy(Base, {});
class Derived extends BaseProxy {
  constructor() { super(42); }
}
const d = new Derived();
console.log(d.hello(), d instanceof Base, d instanceof Derived);

function NT() { return new.target === NTProxy; }
const NTProxy = new Proxy(NT, {});
console.log(Reflect.construct(NTProxy, []) instanceof NT);

const factory = new Proxy(function () {}, { construct: (t, args) => ({ made: args.join('+') }) });
console.log(new factory(1, 2, 3).made);

try { new (new Proxy(() => {}, {}))(); } catch (e) { console.log(e.name); }
try { new Proxy({}, {})(); } catch (e) { console.log(e.name); }
try { new (new Proxy(function () {}, { construct: () => 1 }))(); } catch (e) { console.log(e.message); }
try { Reflect.apply(new Proxy({}, {}), null, []); } catch (e) { console.log(e.name); }
console.log(Reflect.apply(plain, null, [10, 20]));
const revocable = Proxy.revocable(function () { return 1; }, {});
console.log(revocable.proxy());
revocable.revoke();
try { revocable.proxy(); } catch (e) { console.log(e.message); }
try { new revocable.proxy(); } catch (e) { console.log(e.message); }
console.log(typeof revocable.proxy);
console.log(Object.prototype.toString.call(P), String(plain));
const m = { method: new Proxy(function () { return this === m; }, {}) };
console.log(m.method());
