// The return-override trick: a base constructor that returns an existing object makes a
// derived class add its private members to that object — once.
class Base { constructor(o) { return o; } }
class Stamp extends Base {
  #id = Stamp.next++;
  static next = 1;
  static id(o) { return o.#id; }
  static has(o) { return #id in o; }
}
class Branded extends Base {
  #m() { return 'm'; }
  static call(o) { return o.#m(); }
}
const target = { name: 'target' };
new Stamp(target);
console.log(Stamp.id(target), Stamp.has(target), Stamp.has({}), target, Object.keys(target));
try { new Stamp(target); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(Stamp.id(target), Stamp.next);
new Branded(target);
console.log(Branded.call(target));
try { new Branded(target); } catch (e) { console.log(e.constructor.name, e.message); }
// Works on functions too (their property bag).
function fn() {}
new Stamp(fn);
console.log(Stamp.id(fn), Stamp.has(fn));
