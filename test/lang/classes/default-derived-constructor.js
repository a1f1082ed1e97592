// A derived class without a constructor passes its arguments to the parent.
class Pair {
  constructor(a, b) { this.a = a; this.b = b; }
  sum() { return this.a + this.b; }
}
class NamedPair extends Pair {
  name = 'np';
}
const n = new NamedPair(3, 4);
console.log(n, n.sum(), n instanceof Pair);
class Empty {}
console.log(new Empty(), typeof Empty);
