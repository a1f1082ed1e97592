// Private fields as assignment targets: destructuring, swaps, compound and logical forms.
class Pair {
  #a = 1;
  #b = 2;
  #c = null;
  swap() { [this.#a, this.#b] = [this.#b, this.#a]; return this.list(); }
  spread(o) { ({ first: this.#a, second: this.#b = 'default' } = o); return this.list(); }
  logical() { this.#c ??= 'filled'; this.#a ||= 'unused'; this.#b &&= this.#b + '!'; return this.list(); }
  list() { return [this.#a, this.#b, this.#c]; }
}
const p = new Pair();
console.log(p.swap(), p.spread({ first: 'x' }), p.logical());
// A getter-only private accessor cannot be the target of ++ or +=.
class Gauge {
  get #level() { return 5; }
  inc() { try { this.#level++; } catch (e) { return e.message; } }
  add() { try { this.#level += 1; } catch (e) { return e.message; } }
  set #only(v) {}
  readOnly() { try { return this.#only; } catch (e) { return e.message; } }
  bumpOnly() { try { this.#only += 1; } catch (e) { return e.message; } }
}
const g = new Gauge();
console.log(g.inc(), g.add(), g.readOnly(), g.bumpOnly());
// Static private methods called through a subclass receiver.
class Parent { static #make() { return 'made'; } static make() { return this.#make(); } }
class Child extends Parent {}
console.log(Parent.make());
try { Child.make(); } catch (e) { console.log(e.constructor.name, e.message); }
