// Static methods and fields are inherited by subclasses; static this is the class.
class Shape {
  static count = 0;
  static create(...args) { this.count++; return new this(); }
  static describe() { return 'shape:' + this.name; }
}
class Circle extends Shape {
  static describe() { return super.describe() + '!'; }
}
console.log(Shape.describe(), Circle.describe());
const c = Circle.create();
console.log(c instanceof Circle, Circle.count, Shape.count);
console.log(Object.getPrototypeOf(Circle) === Shape);
