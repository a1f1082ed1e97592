// Private methods and accessors: called with the right `this`, getters and setters,
// static private methods, and a method read as a value (the same function every time).
class Temperature {
  #celsius = 0;
  get #fahrenheit() { return this.#celsius * 9 / 5 + 32; }
  set #fahrenheit(f) { this.#celsius = (f - 32) * 5 / 9; }
  #describe(unit) { return `${unit === 'F' ? this.#fahrenheit : this.#celsius}°${unit}`; }
  static #instances = 0;
  static #count() { return ++Temperature.#instances; }
  constructor() { Temperature.#count(); }
  set(f) { this.#fahrenheit = f; return this; }
  show() { return [this.#describe('C'), this.#describe('F')]; }
  same(other) { return this.#describe === other.#describe; }
  static get made() { return Temperature.#instances; }
}
const t = new Temperature().set(212);
console.log(t.show(), t.same(new Temperature()), Temperature.made);
console.log(t, Object.keys(t));

// Methods can call each other and recurse; accessors see the receiver's fields.
class Fib {
  #memo = [0, 1];
  #fib(n) { return this.#memo[n] ?? (this.#memo[n] = this.#fib(n - 1) + this.#fib(n - 2)); }
  get #size() { return this.#memo.length; }
  run(n) { return [this.#fib(n), this.#size]; }
}
console.log(new Fib().run(30));

// A private method extracted and called on another instance of the class works.
class Greeter {
  #name;
  constructor(name) { this.#name = name; }
  #greet(greeting) { return `${greeting}, ${this.#name}`; }
  borrow() { return this.#greet; }
}
const hello = new Greeter('ada').borrow();
class Use { static run(g, f) { g.f = f; return g.f('hi'); } }
try { console.log(Use.run(new Greeter('bob'), hello)); } catch (e) { console.log(e.message); }
