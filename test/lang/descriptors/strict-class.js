// Class bodies are strict: writes to frozen instances throw there, even from hot loops
// whose stores were cached before the object was frozen.
class Counter {
  constructor() { this.n = 0; }
  bump() { this.n++; return this.n; }
  tag(v) { this.label = v; }
}
const cs = [];
for (let i = 0; i < 50; i++) cs.push(new Counter());
let total = 0;
for (let r = 0; r < 40; r++) for (const c of cs) total += c.bump();
console.log(total);
for (let r = 0; r < 40; r++) for (const c of cs) c.tag(r);
console.log(cs[3].label);
const c = new Counter();
Object.freeze(c);
try { c.bump(); } catch (e) { console.log(e.message); }
try { c.tag('x'); } catch (e) { console.log(e.message); }
const d = new Counter();
Object.preventExtensions(d);
console.log(d.bump(), d.bump());
try { d.tag('y'); } catch (e) { console.log(e.message); }
const s = new Counter();
Object.seal(s);
s.bump();
console.log(s.n, Object.isSealed(s), Object.isFrozen(s));
try { delete s.n; } catch (e) { console.log(e.message); }
// Sloppy functions keep silently failing on the same objects.
function sloppyBump(o) { o.n = o.n + 1; o.extra = 1; return o.n; }
for (let i = 0; i < 200; i++) sloppyBump(cs[i % cs.length]);
console.log(sloppyBump(c), sloppyBump(d), c.extra, d.extra, cs[0].extra);
