// Ordinary functions as constructors: F.prototype (with constructor), methods added to it.
function Vec(x, y) { this.x = x; this.y = y; }
Vec.prototype.len2 = function () { return this.x * this.x + this.y * this.y; };
Vec.prototype.scale = function (k) { return new Vec(this.x * k, this.y * k); };
const v = new Vec(1, 2);
console.log(v, v.len2(), v.scale(3), v.constructor === Vec, Vec.prototype.constructor === Vec);
console.log(Object.keys(Vec.prototype), typeof Vec.prototype);
let s = 0;
for (let i = 0; i < 3000; i++) s += new Vec(i, 1).scale(2).len2() % 11;
console.log(s);
