// Methods live on the prototype, non-enumerable: keys and for-in list only own fields.
class Box {
  constructor(v) { this.v = v; this.tag = 'box'; }
  get() { return this.v; }
  static s() { return 1; }
}
const b = new Box(5);
console.log(Object.keys(b));
for (const k in b) console.log('in', k);
console.log(Object.keys(Box), Object.keys(Box.prototype), b.get());
