// A class with a constructor, methods and a static method; typeof, instances printed.
class Point {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
  add(o) { return new Point(this.x + o.x, this.y + o.y); }
  norm2() { return this.x * this.x + this.y * this.y; }
  static origin() { return new Point(0, 0); }
}
const p = new Point(3, 4);
console.log(typeof Point, p.norm2(), p.add(new Point(1, 1)));
console.log(Point.origin(), p instanceof Point, Point.name);
let total = 0;
for (let i = 0; i < 2000; i++) total += new Point(i, 1).add(p).norm2() % 7;
console.log(total);
