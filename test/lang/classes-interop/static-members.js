// Static methods and static state used as factories and registries; a factory
// that throws for unknown kinds; static methods calling each other through this.
class Registry {
  static register(name, make) {
    if (Registry.table === undefined) Registry.table = {};
    if (name in Registry.table) throw new Error("duplicate kind: " + name);
    Registry.table[name] = make;
    Registry.count = (Registry.count || 0) + 1;
  }
  static create(name, arg) {
    const make = Registry.table[name];
    if (make === undefined) throw new TypeError("unknown kind: " + name);
    return make(arg);
  }
  static createAll(names) {
    return names.map((n) => this.create(n, n.length));
  }
}
class Point {
  constructor(x) {
    this.x = x;
  }
  static origin() {
    return new Point(0);
  }
  static sum(points) {
    let s = 0;
    for (const p of points) s += p.x;
    return s;
  }
}
Registry.register("point", (a) => new Point(a));
Registry.register("pair", (a) => [a, a]);
try {
  Registry.register("point", (a) => a);
} catch (e) {
  console.log(e.message);
}
console.log(Registry.count, Registry.create("point", 4).x, Registry.create("pair", 2));
try {
  Registry.create("circle", 1);
} catch (e) {
  console.log(e.name, e.message);
}
console.log(Registry.createAll(["point", "pair", "point"]).length);
const pts = [];
for (let i = 0; i < 1000; i++) pts.push(i % 2 ? new Point(i) : Point.origin());
console.log(Point.sum(pts));
console.log(typeof Point.origin, typeof new Point(1).origin);
console.log("done");
