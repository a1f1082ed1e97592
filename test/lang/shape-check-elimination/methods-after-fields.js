// A method call on an object whose shape an earlier field access proved: the method load
// keeps its prototype-epoch check, so a method replaced on the prototype (or the object
// given an own method, or a different class) is still seen.
class Shape { constructor(w) { this.w = w; } area() { return this.w * this.w; } kind() { return 'shape'; } }
class Circle extends Shape { area() { return Math.round(3.14159 * this.w * this.w); } kind() { return 'circle'; } }

function describe(s) {
  const w = s.w;
  return w + ':' + s.kind() + ':' + s.area();
}

function total(list) {
  let sum = 0;
  for (let i = 0; i < list.length; i++) {
    const s = list[i];
    if (s.w > 0) sum += s.area() + s.kind().length;
  }
  return sum;
}

const list = [];
for (let i = 0; i < 50; i++) list.push(i % 2 ? new Shape(i) : new Circle(i));
let out = 0;
for (let r = 0; r < 300; r++) {
  out += total(list);
  describe(list[r % 50]);
}
console.log(out, describe(list[3]), describe(list[4]));
Shape.prototype.area = function () { return -this.w; };
console.log(total(list), describe(list[3]), describe(list[4]));
const own = new Shape(7);
own.kind = () => 'own';
console.log(describe(own));
Object.setPrototypeOf(list[5], Circle.prototype);
console.log(total(list), describe(list[5]));
delete Circle.prototype.kind;
console.log(total(list), describe(list[4]));
