const k = 'dyn';
let n = 0;
const o = {
  get [k]() { return 'get ' + k; },
  set [k + 'S'](v) { n = v; },
  get ['lit']() { return 'literal key'; },
  [1 + 1]: 'two',
  get [3]() { return 'three'; },
};
o.dynS = 42;
console.log(o.dyn, n, o.lit, o[2], o[3], Object.keys(o));
const swap = { get a() { return 'g'; }, ...{ a: 'data' } };
console.log(swap, Object.keys(swap));
const later = { ...{ a: 'data' }, get a() { return 'getter'; } };
console.log(later.a);
const both = { get [k]() { return this._v; }, set [k](v) { this._v = v * 2; } };
both.dyn = 5;
console.log(both.dyn);
let order = [];
const t = (x) => (order.push(x), x);
const ev = { [t('a')]: t(1), get [t('b')]() { return 1; }, [t('c')]: t(2) };
console.log(order.join(','));
const proto = { greet() { return 'hi from proto ' + this.name; }, kind: 'proto' };
const child = { __proto__: proto, name: 'child' };
console.log(child.greet(), child.kind, Object.keys(child), Object.getPrototypeOf(child) === proto);
const notProto = { __proto__: 5, a: 1 };
console.log(Object.getPrototypeOf(notProto) === Object.getPrototypeOf({}), notProto.a);
const quoted = { '__proto__': proto };
console.log(quoted.kind);
const computedProto = { ['__proto__']: 1 };
console.log(Object.keys(computedProto), Object.getPrototypeOf(computedProto) === proto);
const __proto__ = proto;
const shorthand = { __proto__ };
console.log(Object.keys(shorthand), shorthand.kind);
const base = { hello() { return 'base hello'; }, get who() { return 'base who ' + this.tag; }, tag: 'b' };
const derived = {
  __proto__: base,
  tag: 'd',
  hello() { return 'derived+' + super.hello(); },
  get who() { return 'derived/' + super.who; },
  arrow() { return (() => super.hello())(); },
  later() { return super.missing; },
};
console.log(derived.hello(), derived.who, derived.arrow(), derived.later());
const third = { __proto__: derived, hello() { return '3+' + super.hello(); } };
console.log(third.hello());
function makeObj(i) { return { __proto__: base, i, hello() { return i + super.hello(); } }; }
let s = '';
for (let i = 0; i < 40; i++) s = makeObj(i).hello();
console.log(s);
const method = { m() { return 1; } };
try { new method.m(); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(method.m.prototype, typeof ({ get g() { return 1; } }));
const chain = { __proto__: { __proto__: { deep: 'deep' } } };
console.log(chain.deep);
const nullProto = { __proto__: null, x: 1 };
console.log(Object.getPrototypeOf(nullProto), nullProto.x, 'x' in nullProto);
