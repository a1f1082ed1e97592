// Subclasses of Map and Set: instances are collections with the subclass's prototype, the
// constructor fills them through their own (possibly overridden) set/add, and they print as
// node prints them.
class Registry extends Map { register(k, v) { return this.set(k, v); } }
const r = new Registry([['x', 0]]); r.register('a', 1);
console.log(r.get('a'), r.size, r instanceof Map, r instanceof Registry, r, Object.prototype.toString.call(r));
class Bag extends Set { addAll(xs) { xs.forEach((x) => this.add(x)); return this; } }
console.log(new Bag([0]).addAll([1, 2, 2]).size, new Bag('ab'));
class Counting extends Map { set(k, v) { console.log('set', k, v); return super.set(k, v * 10); } }
const c = new Counting([['a', 1], ['b', 2]]); console.log([...c], c.constructor.name);
class Upper extends Set { add(v) { return super.add(String(v).toUpperCase()); } }
console.log(new Upper(['a', 'b', 'a']));
try { new Registry([1]); } catch (e) { console.log(e.constructor.name, e.message); }
class DefaultMap extends Map { constructor(dflt) { super(); this.dflt = dflt; } get(k) { return this.has(k) ? super.get(k) : this.dflt(); } }
const dm = new DefaultMap(() => []); dm.set('k', [1]); console.log(dm.get('k'), dm.get('zz'), dm.size);
