// Named loads on functions: static members, inherited statics, Function.prototype methods,
// name/length/prototype, and every change that must be seen after the loads are cached.
class Base { static make() { return 'base make'; } }
Base.count = 1;
class Mid extends Base {}
class Leaf extends Mid {}
function reads(n) {
  let out;
  for (let i = 0; i < n; i++) out = [Leaf.count, Leaf.make(), Mid.count, Base.count];
  return out;
}
console.log(reads(1500));
Base.count = 2;                         // the holder changes
console.log(reads(10));
Mid.count = 'mid own';                  // an intermediate class shadows it
console.log(reads(10));
delete Mid.count;
console.log(reads(10));
Base.make = () => 'replaced make';
console.log(reads(10));
Object.setPrototypeOf(Leaf, { count: 'plain proto', make() { return 'plain make'; } });
console.log(reads(10));
Object.setPrototypeOf(Leaf, Mid);
console.log(reads(10));
function plain(a, b) { 'use strict'; return this === undefined ? a + b : -1; }
const arrow = (x) => x;
function calls(n) {
  let s = 0;
  for (let i = 0; i < n; i++) s += plain.call(undefined, i, 1) + plain.apply(undefined, [1, 2]) + plain.length + plain.name.length + arrow.length;
  return s;
}
console.log(calls(2000));
Function.prototype.describe = function () { return this.name.length; };
function described(n) { let s = 0; for (let i = 0; i < n; i++) s += plain.describe() + Leaf.describe(); return s; }
console.log(described(2000));
Function.prototype.describe = function () { return 1000; };
console.log(described(10));
delete Function.prototype.describe;
try { described(1); } catch (e) { console.log(e.name, e.message); }
Leaf.describe = () => 7;
Mid.describe = () => 0;
plain.describe = () => 3;
console.log(described(10));
function lengths(fns, n) {
  let s = '';
  for (let i = 0; i < n; i++) for (const f of fns) s += i === n - 1 ? f.name + ':' + f.length + ' ' : '';
  return s;
}
console.log(lengths([Math.max, plain, arrow, Base, class {}, function* g(a, b, c) {}, async () => {}, plain.bind(null, 1)], 300));
const fresh = [];
for (let i = 0; i < 500; i++) fresh.push(function (x) { return x + i; });
let total = 0;
for (const f of fresh) total += f.call(null, 1) + f.length;
console.log(total, typeof fresh[3].prototype, fresh[3].prototype.constructor === fresh[3]);
Object.defineProperty(Base, 'count', { get() { return 'getter ' + (this === Leaf); } });
console.log(reads(5), Mid.count);
