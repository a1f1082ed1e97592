// V8's text of a receiver in 'called on incompatible receiver' messages, for every kind of value.
const m = Map.prototype.get, s = Set.prototype.add;
for (const r of [[], {}, 'str', 5, 1.5, true, Symbol('x'), function f(){}, new (class Foo{})(), Object.create(null), new Date(0), /x/, new Set(), new WeakMap(), 1n, undefined, null, new Number(3), () => 1]) { try { m.call(r, 1) } catch (e) { console.log(e.message) } }
try { s.call(new Map(), 1) } catch (e) { console.log(e.message) }
try { Promise.prototype.then.call([], () => 1) } catch (e) { console.log(e.message) }
try { new Map().entries().next.call({}) } catch (e) { console.log(e.message) }
try { (function* () {})().next.call(new Date(0)) } catch (e) { console.log(e.message) }
