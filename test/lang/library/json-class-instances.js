// JSON.stringify of class instances serializes own enumerable fields only (not
// getters or methods from the prototype); parsing gives plain objects, which a
// static fromJSON turns back into instances.
class Point {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
  get norm1() {
    return Math.abs(this.x) + Math.abs(this.y);
  }
  static fromJSON(o) {
    if (typeof o.x !== "number" || typeof o.y !== "number") throw new TypeError("not a point: " + JSON.stringify(o));
    return new Point(o.x, o.y);
  }
}
class Path {
  constructor(name) {
    this.name = name;
    this.points = [];
  }
  add(p) {
    this.points.push(p);
    return this;
  }
}
const path = new Path("zig").add(new Point(1, 2)).add(new Point(-3, 4));
const text = JSON.stringify(path);
console.log(text);
const plain = JSON.parse(text);
console.log(plain instanceof Path, plain.points[0] instanceof Point, plain.points[0].norm1);
const points = plain.points.map(Point.fromJSON);
console.log(points[1] instanceof Point, points.map((p) => p.norm1).join(","));
try {
  Point.fromJSON(JSON.parse('{"x":1}'));
} catch (e) {
  console.log(e.name, e.message);
}
console.log(JSON.stringify({ when: "fixed", p: new Point(0, -0) }));
console.log("done");
