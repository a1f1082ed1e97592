// Many instances of a class hierarchy made in hot loops (constructor calls compiled).
class V2 { constructor(x, y) { this.x = x; this.y = y; } dot(o) { return this.x * o.x + this.y * o.y; } }
class V3 extends V2 { constructor(x, y, z) { super(x, y); this.z = z; } dot(o) { return super.dot(o) + this.z * o.z; } }
let s = 0;
for (let i = 0; i < 3000; i++) {
  const a = new V3(i, 1, 2);
  const b = new V3(1, i % 7, 3);
  s += a.dot(b) % 1000;
}
console.log(s);
const vs = [];
for (let i = 0; i < 200; i++) vs.push(i % 2 ? new V2(i, i) : new V3(i, i, i));
let t = 0;
for (let k = 0; k < 10; k++) for (let i = 1; i < vs.length; i++) t += vs[i].dot(vs[i - 1]) % 13;
console.log(t);
