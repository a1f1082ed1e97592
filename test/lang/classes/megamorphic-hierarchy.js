// One call site sees many classes: polymorphic, then megamorphic method calls.
class S { area() { return 0; } }
class Sq extends S { constructor(s) { super(); this.s = s; } area() { return this.s * this.s; } }
class Re extends S { constructor(w, h) { super(); this.w = w; this.h = h; } area() { return this.w * this.h; } }
class Ci extends S { constructor(r) { super(); this.r = r; } area() { return 3 * this.r * this.r; } }
class Tr extends S { constructor(b, h) { super(); this.b = b; this.h = h; } area() { return (this.b * this.h) >> 1; } }
class No extends S {}
function total(shapes) {
  let t = 0;
  for (let i = 0; i < shapes.length; i++) t += shapes[i].area();
  return t;
}
const shapes = [];
for (let i = 0; i < 50; i++) shapes.push(new Sq(i % 5));
console.log(total(shapes));
for (let i = 0; i < 50; i++) shapes.push(new Re(i % 3, 2), new Ci(1), new Tr(4, i % 4), new No());
let t = 0;
for (let k = 0; k < 20; k++) t += total(shapes);
console.log(t);
