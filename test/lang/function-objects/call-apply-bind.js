// call, apply and bind, and bound functions with new.
function show(a, b) { return [this === undefined ? 'undef' : this.tag, a, b]; }
const t = { tag: 'T' };
console.log(show.call(t, 1, 2), show.apply(t, [3, 4]), show.apply(t), show.call(t));
console.log(show.apply(t, { length: 2, 0: 'x', 1: 'y' }), show.apply(t, null));
const bound = show.bind(t, 'first');
console.log(bound('second'), bound.name, bound.length, show.bind(t, 1, 2, 3).length);
const rebound = bound.bind({ tag: 'ignored' }, 'x');
console.log(rebound(), rebound.name);
function Point(x, y) { this.x = x; this.y = y; }
Point.prototype.sum = function () { return this.x + this.y; };
const P1 = Point.bind(null, 10);
const p = new P1(5);
console.log(p.sum(), p instanceof Point, p instanceof P1, p.constructor === Point);
class Box { constructor(v) { this.v = v; } get double() { return this.v * 2; } }
const B = Box.bind(null, 21);
console.log(new B().double, new B() instanceof Box);
const add = (a, b) => a + b;
console.log(add.call(null, 2, 3), add.apply(null, [4, 5]), add.bind(null, 1)(1));
console.log([1, 2, 3].map(Math.max.bind(null, 2)));
console.log(Function.prototype.call.call(show, t, 'via', 'call'));
try { Function.prototype.call.call(5); } catch (e) { console.log(e.constructor.name); }
try { show.apply(t, 5); } catch (e) { console.log(e.constructor.name, e.message); }
try { new (add.bind(null))(); } catch (e) { console.log(e.constructor.name); }
let total = 0;
function acc(n) { total += n * this.k; }
const ctx = { k: 3 };
for (let i = 0; i < 2000; i++) acc.call(ctx, i % 7);
for (let i = 0; i < 2000; i++) acc.apply(ctx, [i % 5]);
const boundAcc = acc.bind(ctx);
for (let i = 0; i < 2000; i++) boundAcc(1);
console.log(total);
