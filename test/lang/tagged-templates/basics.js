function tag(strings, ...values) {
  return JSON.stringify({ strings, raw: strings.raw, values, len: strings.length, isArray: Array.isArray(strings) });
}
console.log(tag`hello ${1 + 1} world ${'x'}!`);
console.log(tag``, tag`${0}`, tag`only text`);
console.log(tag`a\nb\u0041${'z'}\t`);
console.log(tag`bad escape \unicode and \xZ1 ${1} fine`);
function sites() { return (s) => s; }
const id = (s) => s;
const seen = [];
for (let i = 0; i < 3; i++) seen.push(id`same site ${i}`);
console.log(seen[0] === seen[1], seen[1] === seen[2], id`same site ${0}` === seen[0]);
function f() { return id`in f`; }
console.log(f() === f());
const obj = {
  prefix: '>',
  tag(strings, ...v) { return this.prefix + strings.join('|') + v.join(','); },
};
console.log(obj.tag`a${1}b${2}c`, obj['tag']`x`);
const o2 = { inner: { t(s) { return this === o2.inner; } } };
console.log(o2.inner.t`q`);
function raw(strings, ...subs) {
  let out = '';
  for (let i = 0; i < strings.raw.length; i++) out += strings.raw[i] + (i < subs.length ? subs[i] : '');
  return out;
}
console.log(raw`C:\new\table${1}\x41`);
console.log(raw`line1
line2`);
let order = [];
const t = (x) => { order.push(x); return x; };
const logTag = (s, ...v) => { order.push('tag called'); return v; };
const getTag = () => { order.push('tag evaluated'); return logTag; };
console.log(getTag()`${t(1)}${t(2)}`, order.join(','));
function nested(s, ...v) { return s[0] + v.join(''); }
console.log(nested`outer ${nested`inner ${1}`} done`);
class Base { greet(s, n) { return 'base ' + s[0] + n; } }
class Derived extends Base { go() { return super.greet`hi ${3}`; } }
console.log(new Derived().go());
const notFn = { x: 1 };
try { notFn.x`t`; } catch (e) { console.log(e.constructor.name, e.message); }
try { undefined`t`; } catch (e) { console.log(e.constructor.name, e.message); }
const strs = id`mutate`;
console.log(strs.raw === id`mutate`.raw, strs.map((s) => s.toUpperCase()));
function hot() { let n = 0; for (let i = 0; i < 300; i++) n += id`k${i}`.length; return n; }
console.log(hot());
const cache = new Set();
for (let i = 0; i < 5; i++) cache.add(id`one`);
console.log(cache.size);
console.log(id`x` === id`x`);
