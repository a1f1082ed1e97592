const src = { a: 1, b: 2, c: 3, 10: 'ten', get g() { return 'getter'; } };
const { a, ...rest } = src;
console.log(a, rest, Object.keys(rest));
const { ...all } = src;
console.log(all);
const key = 'b';
const { [key]: bee, c, ...others } = src;
console.log(bee, c, others);
let x, y;
({ a: x, ...y } = { a: 'X', q: 'Q', r: 'R' });
console.log(x, y);
const target = {};
({ a: target.first, ...target.rest } = { a: 1, z: 26 });
console.log(target);
function params({ id, ...opts }, ...more) { return [id, opts, more.length]; }
console.log(params({ id: 7, verbose: true, depth: 2 }, 1, 2));
const arrow = ({ a, ...r }) => r;
console.log(arrow({ a: 1, b: 2 }), arrow({ a: 1 }));
for (const { name, ...info } of [{ name: 'n1', v: 1 }, { name: 'n2', v: 2, w: 3 }]) console.log(name, info);
const { outer: { inner, ...innerRest }, ...outerRest } = { outer: { inner: 1, sib: 2 }, top: 3 };
console.log(inner, innerRest, outerRest);
const [first, { p, ...pr }] = [0, { p: 'p', q: 'q' }];
console.log(first, p, pr);
const { length, ...chars } = 'abc';
console.log(length, chars);
const { 0: zero, ...restArr } = ['z', 'o', 't'];
console.log(zero, restArr);
for (const bad of [null, undefined]) {
  try { const { ...r } = bad; } catch (e) { console.log(e.constructor.name, e.message); }
  try { const { a, ...r } = bad; } catch (e) { console.log(e.constructor.name, e.message); }
}
const { ...fromNumber } = 42;
console.log(fromNumber);
let order = [];
const tk = (k) => (order.push(k), k);
const { [tk('m')]: mm, [tk('n')]: nn = 'dflt', ...restOrder } = { m: 1, o: 2 };
console.log(mm, nn, restOrder, order);
class Pt { constructor() { this.x = 1; this.y = 2; } get norm() { return 3; } }
const { x: px, ...py } = new Pt();
console.log(px, py);
function hot(o) { const { k, ...r } = o; return Object.keys(r).length + k; }
let total = 0;
for (let i = 0; i < 200; i++) total += hot({ k: i, a: 1, b: 2 });
console.log(total);
const numKey = { 1: 'one', 2: 'two', three: 3 };
const { 1: one, ...notOne } = numKey;
console.log(one, notOne);
