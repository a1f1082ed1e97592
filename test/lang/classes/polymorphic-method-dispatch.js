// Method calls whose receivers have different classes: compiled code dispatches over up to
// four methods, inlined; a fifth class, a throwing method, a replaced method, a plain object.
'use strict';
class Shape { area() { return 0; } describe() { return this.name() + ':' + this.area(); } name() { return 'shape'; } }
class Square extends Shape { constructor(s) { super(); this.s = s; } area() { return this.s * this.s; } name() { return 'square'; } }
class Circle extends Shape { constructor(r) { super(); this.r = r; } area() { return this.r > 2 ? 3 * this.r * this.r : this.r; } name() { return 'circle'; } }
class Tri extends Shape { constructor(b, h) { super(); this.b = b; this.h = h; } area() { return this.b * this.h / 2; } }
class Odd extends Shape { area() { throw new Error('odd area'); } }
class Big extends Shape { constructor(n) { super(); this.n = n; } area() { let t = 0; for (let i = 0; i < this.n; i++) t += i; return t; } }
function total(list) { let t = 0; for (let i = 0; i < list.length; i++) t += list[i].area(); return t; }
function names(list) { let s = ''; for (let i = 0; i < list.length; i++) s += list[i].name()[0]; return s; }
const list = [];
for (let i = 0; i < 30; i++) list.push(i % 3 === 0 ? new Square(i) : i % 3 === 1 ? new Circle(i % 5) : new Tri(i, 3));
let acc = 0;
for (let r = 0; r < 2000; r++) acc += total(list);
console.log(acc, names(list));
list.push(new Big(10));
for (let r = 0; r < 500; r++) acc += total(list);
console.log(acc);
list.push(new Odd());
try { total(list); } catch (e) { console.log(e.message); }
list.pop();
Circle.prototype.area = function () { return -1; };
console.log(total(list));
list.push({ area() { return 0.5; } });
console.log(total(list));
for (let r = 0; r < 300; r++) acc += total(list);
console.log(acc, list.map((s) => s.describe()).join(' ').length);
