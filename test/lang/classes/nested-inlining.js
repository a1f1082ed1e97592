// Methods that call small methods inline two levels deep; errors and deopts in the innermost
// level show and rebuild every frame; a polymorphic site over methods that call methods.
'use strict';
class Vec {
  constructor(x, y) { this.x = x; this.y = y; }
  len2() { return this.x * this.x + this.y * this.y; }
  dot(o) { return this.x * o.x + this.y * o.y; }
  scaled(k) { return this.check(k) * this.len2(); }
  check(k) { if (k > 1000) throw new RangeError('k too big: ' + k); return k; }
}
class Box {
  constructor(v) { this.v = v; this.items = []; }
  add(x) { this.items.push(x); return this.items.length; }
  take() { return this.items.pop(); }
  weight() { return this.v.len2() + this.v.dot(this.v); }
}
function run(n, k) {
  const b = new Box(new Vec(3, 4));
  let t = 0;
  for (let i = 0; i < n; i++) {
    t += b.weight();
    t += b.v.scaled(k);
    b.add(i);
    if ((i & 3) === 0) t += b.take();
  }
  return t;
}
let acc = 0;
for (let r = 0; r < 200; r++) acc += run(50, 2);
console.log(acc);
try { run(10, 5000); } catch (e) { console.log(e.stack.split('\n').slice(0, 5).join('\n').replace(/\(.*\//g, '(')); }
// A shape change in the innermost level deopts through three frames.
const odd = new Box({ len2() { return 1.5; }, dot() { return 0.25; }, x: 1, y: 1 });
console.log(odd.weight(), run(5, 3));
function mixed(list) { let s = 0; for (let i = 0; i < list.length; i++) s += list[i].weight(); return s; }
class Heavy extends Box { weight() { return this.v.len2() * 2 + this.extra(); } extra() { return this.items.length; } }
const list = [];
for (let i = 0; i < 12; i++) list.push(i % 2 ? new Box(new Vec(i, 1)) : new Heavy(new Vec(1, i)));
for (let r = 0; r < 300; r++) acc += mixed(list);
console.log(acc);
list[3].v = { len2() { throw new Error('inner'); }, dot() { return 0; } };
try { mixed(list); } catch (e) { console.log(e.stack.split('\n').slice(0, 4).join('\n').replace(/\(.*\//g, '(')); }
