// Static private fields, methods and accessors; `this` in static methods is the class.
class Config {
  static #values = new Map();
  static #frozen = false;
  static get #size() { return Config.#values.size; }
  static #check() { if (Config.#frozen) throw new Error('frozen'); }
  static set(k, v) { this.#check(); this.#values.set(k, v); return this; }
  static freeze() { Config.#frozen = true; return Config.#size; }
  static get(k) { return Config.#values.get(k); }
}
Config.set('a', 1).set('b', 2);
console.log(Config.freeze(), Config.get('b'));
try { Config.set('c', 3); } catch (e) { console.log(e.message); }
class Sub extends Config {}
try { Sub.set('d', 4); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(Config, Object.keys(Config));
// Hot static counter.
class Ids { static #next = 0; static take() { return Ids.#next++; } }
let total = 0;
for (let i = 0; i < 3000; i++) total += Ids.take();
console.log(total);
