// Logical assignment writes only when it assigns: no setter call, no const error, no
// evaluation of the right side when the left side decides.
const log = [];
const o = {
  _v: 0,
  get v() { log.push('get'); return this._v; },
  set v(x) { log.push('set ' + x); this._v = x; },
};
o.v ||= 1; o.v ||= 2; o.v &&= 0; o.v &&= 5; o.v ??= 7;
console.log(log.join(','), o._v);
log.length = 0;
const keyed = { a: 1, b: null };
const key = (k) => { log.push('key ' + k); return k; };
const val = (v) => { log.push('val ' + v); return v; };
keyed[key('a')] ||= val(10);
keyed[key('b')] ??= val(20);
keyed[key('a')] &&= val(30);
console.log(log.join(','), JSON.stringify(keyed));
const c = 1;
c ||= 2;
try { c &&= 3; } catch (e) { console.log(e.constructor.name, e.message); }
let n = null;
try { n.x ??= 1; } catch (e) { console.log(e.constructor.name, e.message); }
let u;
u ??= function () {};
let w = 0;
w ||= () => 1;
console.log(u.name, w.name);
function counter() {
  let hits = 0;
  const cache = {};
  for (let i = 0; i < 200; i++) {
    const k = 'k' + (i % 5);
    cache[k] ??= (hits++, i);
    cache[k] ||= -1;
  }
  return [hits, JSON.stringify(cache)];
}
console.log(counter());
let s = '';
s ||= 'x'; s &&= s + 'y';
console.log(s, (s ??= 'z'), (s &&= ''), (s ||= 0), s);
const arr = [null, 0, 1];
for (let i = 0; i < arr.length; i++) arr[i] ??= 'n';
console.log(arr);
