// Object.create, getPrototypeOf, setPrototypeOf and Object.is.
const proto = { greet() { return 'hi ' + this.name; } };
const a = Object.create(proto);
a.name = 'a';
console.log(a.greet(), Object.getPrototypeOf(a) === proto);
const n = Object.create(null);
n.k = 1;
console.log(Object.getPrototypeOf(n), 'toString' in n, Object.keys(n));
const withProps = Object.create(proto, { name: { value: 'b', enumerable: true }, hidden: { value: 1 } });
console.log(withProps.greet(), Object.keys(withProps), withProps.hidden);
try { Object.create(1); } catch (e) { console.log(e.message); }
try { Object.create(undefined); } catch (e) { console.log(e.message); }
console.log(Object.keys(Object.create({}, 1)));
const b = { name: 'b2' };
console.log(Object.setPrototypeOf(b, proto) === b, b.greet());
console.log(Object.setPrototypeOf(1, null), Object.setPrototypeOf('s', {}));
try { Object.setPrototypeOf(null, {}); } catch (e) { console.log(e.message); }
try { Object.setPrototypeOf({}, 2); } catch (e) { console.log(e.message); }
try { Object.setPrototypeOf(Object.preventExtensions({}), {}); } catch (e) { console.log(e.message); }
try { const x = {}; Object.setPrototypeOf(x, Object.create(x)); } catch (e) { console.log(e.message); }
// Changing the prototype of a prototype reaches its instances (cached loads see it).
const base1 = { kind() { return 'one'; } };
const base2 = { kind() { return 'two'; } };
const mid = Object.create(base1);
const objs = [];
for (let i = 0; i < 100; i++) objs.push(Object.create(mid));
let kinds = [];
for (let r = 0; r < 3; r++) {
  for (let i = 0; i < 100; i++) if (i === 99) kinds.push(objs[i].kind()); else objs[i].kind();
  if (r === 1) Object.setPrototypeOf(mid, base2);
}
console.log(kinds);
function F() {}
Object.setPrototypeOf(F, { extra: 'from proto' });
console.log(F.extra, typeof F.call);
console.log(Object.is(NaN, NaN), Object.is(0, -0), Object.is('a', 'a'), Object.is({}, {}), Object.is(1, 1.0), Object.is(undefined));
