// `#x in o`: fields, methods (the brand), static members, non-objects.
class Shape {
  #sides;
  #area() { return 0; }
  static #registry = [];
  static #register(s) { Shape.#registry.push(s); }
  constructor(sides) { this.#sides = sides; Shape.#register(this); }
  static isShape(o) { return #sides in o; }
  static hasArea(o) { return #area in o; }
  static isRegistry(o) { return #registry in o; }
  static isRegisterOwner(o) { return #register in o; }
  static count() { return Shape.#registry.length; }
}
class Square extends Shape { constructor() { super(4); } }
const values = [new Shape(3), new Square(), {}, Shape, Square, [], function () {}];
for (const v of values) {
  console.log(Shape.isShape(v), Shape.hasArea(v), Shape.isRegistry(v), Shape.isRegisterOwner(v));
}
console.log(Shape.count());
for (const v of [1, 'str', true, null, undefined]) {
  for (const f of [Shape.isShape, Shape.hasArea, Shape.isRegisterOwner]) {
    try { console.log(f(v)); } catch (e) { console.log(e.constructor.name, e.message); }
  }
}
