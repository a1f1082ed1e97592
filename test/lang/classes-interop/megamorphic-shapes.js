// A class hierarchy whose area() and describe() are called at one call site in
// a hot loop with instances of six different classes, so the site goes from
// monomorphic to megamorphic while the JIT is compiling it.
class Shape {
  constructor(name) {
    this.name = name;
  }
  describe() {
    return this.name + ":" + this.area();
  }
}
class Square extends Shape {
  constructor(s) {
    super("square");
    this.s = s;
  }
  area() {
    return this.s * this.s;
  }
}
class Rect extends Shape {
  constructor(w, h) {
    super("rect");
    this.w = w;
    this.h = h;
  }
  area() {
    return this.w * this.h;
  }
}
class Tri extends Shape {
  constructor(b, h) {
    super("tri");
    this.b = b;
    this.h = h;
  }
  area() {
    return (this.b * this.h) / 2;
  }
}
class Circle extends Shape {
  constructor(r) {
    super("circle");
    this.r = r;
  }
  area() {
    return 3 * this.r * this.r;
  }
}
class Cube extends Square {
  constructor(s) {
    super(s);
    this.name = "cube";
  }
  area() {
    return 6 * super.area();
  }
}
class Dot extends Shape {
  constructor() {
    super("dot");
  }
  area() {
    return 0;
  }
}
function make(i) {
  switch (i % 6) {
    case 0:
      return new Square(i % 7);
    case 1:
      return new Rect(i % 5, 3);
    case 2:
      return new Tri(i % 4, 5);
    case 3:
      return new Circle(i % 3);
    case 4:
      return new Cube(i % 2);
    default:
      return new Dot();
  }
}
function total(shapes, n) {
  let sum = 0;
  for (let k = 0; k < n; k++) sum += shapes[k % shapes.length].area();
  return sum;
}
const mono = [];
for (let i = 0; i < 60; i += 6) mono.push(make(i));
console.log("mono", total(mono, 100000));
const poly = [];
for (let i = 0; i < 60; i++) poly.push(make(i));
console.log("mega", total(poly, 100000));
console.log(poly.slice(0, 6).map((s) => s.describe()).join(" "));
let count = 0;
for (const s of poly) if (s instanceof Square) count++;
console.log("squares incl. cubes", count);
console.log("done");
