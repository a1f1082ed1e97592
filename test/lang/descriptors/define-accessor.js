// Accessor descriptors through defineProperty: getters and setters run on reads and
// writes (hot loops included), missing halves read undefined / drop writes.
const o = { _v: 1 };
Object.defineProperty(o, 'v', {
  get() { return this._v * 2; },
  set(x) { this._v = x; },
  enumerable: true,
  configurable: true,
});
console.log(o.v, Object.keys(o));
o.v = 5;
console.log(o.v, o._v);
let t = 0;
for (let i = 0; i < 3000; i++) { o.v = i; t += o.v; }
console.log(t);
const d = Object.getOwnPropertyDescriptor(o, 'v');
console.log(typeof d.get, typeof d.set, d.enumerable, d.configurable, 'value' in d, 'writable' in d);
// Only a getter: writes are ignored in sloppy code.
const g = Object.defineProperty({}, 'x', { get: () => 42 });
g.x = 1;
console.log(g.x, Object.getOwnPropertyDescriptor(g, 'x').set);
// Only a setter: reads give undefined.
let seen = [];
const s = Object.defineProperty({}, 'y', { set(v) { seen.push(v); } });
s.y = 1; s.y = 2;
console.log(s.y, seen);
// Changing an accessor into a data property and back (configurable).
Object.defineProperty(o, 'v', { value: 'data' });
console.log(Object.getOwnPropertyDescriptor(o, 'v'));
Object.defineProperty(o, 'v', { get() { return 'again'; } });
console.log(o.v, Object.getOwnPropertyDescriptor(o, 'v').enumerable);
// Inherited accessors run with the receiver.
const proto = {};
Object.defineProperty(proto, 'name', { get() { return 'obj ' + this.id; } });
const kids = [1, 2, 3].map((id) => { const k = Object.create(proto); k.id = id; return k; });
console.log(kids.map((k) => k.name));
// A getter defined later on a prototype takes over reads already cached.
function Point(x) { this.x = x; }
const pts = [];
for (let i = 0; i < 100; i++) pts.push(new Point(i));
function readLabel(p) { return p.label; }
let labels = 0;
for (let i = 0; i < 100; i++) if (readLabel(pts[i]) === undefined) labels++;
Object.defineProperty(Point.prototype, 'label', { get() { return 'P' + this.x; } });
console.log(labels, readLabel(pts[7]));
