// Private fields: initializers in order, `this` in initializers, reads, writes, compound
// assignment, ++/--, and that private names are not properties anywhere a program can look.
class Point {
  #x = 1;
  #y = this.#x + 1;
  #label;
  constructor(label) { this.#label = label; }
  move(dx, dy) { this.#x += dx; this.#y -= dy; return this; }
  bump() { return [this.#x++, ++this.#y, this.#x--, --this.#y]; }
  toString() { return `${this.#label}(${this.#x}, ${this.#y})`; }
  static x(p) { return p.#x; }
}
const p = new Point('p');
console.log(String(p), Point.x(p));
console.log(String(p.move(3, 4)));
console.log(p.bump(), String(p));
console.log(p);
console.log(Object.keys(p), JSON.stringify(p), 'x' in p, '#x' in p);
for (const k in p) console.log('for-in', k);
console.log(p.x, p['#x']);
p.x = 'public';
console.log(Object.keys(p), Point.x(p), p.x);

// A private and a public member with the same spelling are different things.
class Twin {
  #v = 'private';
  v = 'public';
  both() { return [this.#v, this.v]; }
}
console.log(new Twin().both(), new Twin());
