// Static factories with new this(); instances of subclasses; methods returning this.
class Builder {
  static create() { return new this(); }
  constructor() { this.parts = []; }
  add(p) { this.parts.push(p); return this; }
  build() { return this.parts.join('-'); }
}
class LoudBuilder extends Builder {
  add(p) { return super.add(p.toUpperCase()); }
}
console.log(Builder.create().add('a').add('b').build(), LoudBuilder.create().add('x').add('y').build());
console.log(LoudBuilder.create() instanceof LoudBuilder);
