// Private names resolve lexically: an inner class sees the outer class's names and may
// shadow them; arrows and nested functions in methods capture them too.
class Outer {
  #secret = 'outer secret';
  #x = 'outer x';
  makeInner() {
    const outer = this;
    return new (class Inner {
      #x = 'inner x';
      peek() { return [outer.#secret, this.#x, Inner.tryOuter(outer)]; }
      static tryOuter(o) { try { return o.#x; } catch (e) { return e.message; } }
    })();
  }
  arrows() {
    const get = () => this.#secret;
    function viaFunction(o) { return o.#x; }
    return [get(), viaFunction(this), [1, 2].map((n) => this.#x + n)];
  }
}
const o = new Outer();
const inner = o.makeInner();
console.log(inner.peek());
console.log(inner.constructor.tryOuter(o), inner.constructor.tryOuter(inner));
console.log(o.arrows());
// Field initializers: arrows capture the instance being built.
class Handler {
  #count = 0;
  onClick = () => ++this.#count;
  get count() { return this.#count; }
}
const h = new Handler();
const click = h.onClick;
click(); click();
console.log(h.count, Object.keys(h));
