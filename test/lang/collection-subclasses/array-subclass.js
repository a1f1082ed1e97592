// Subclasses of Array: instances with the subclass's prototype, species (map, filter,
// slice, splice make the subclass, constructed before the callbacks run, with the spec's
// length argument), List.from/List.of, Symbol.species, Object.setPrototypeOf of an array.
class List extends Array { sum() { return this.reduce((a, b) => a + b, 0); } }
const l = new List(); l.push(1, 2, 3);
console.log(l.sum(), l.length, l instanceof List, Array.isArray(l), l);
const m = l.map((x) => x * 2); console.log(m instanceof List, m.sum && m.sum());
console.log(List.from([1, 2]) instanceof List, List.of(7, 8) instanceof List, l.filter((x) => x > 1) instanceof List);
console.log(l.slice(1) instanceof List, l.concat([4]) instanceof List, [].concat(l) instanceof List);
class Logged extends Array { constructor(...a) { console.log('new Logged', a); super(...a); } }
const g = Logged.from([1, 2, 3]); console.log(g, g.length);
console.log(g.map((x) => { console.log('cb', x); return x + 1; }));
console.log(g.filter((x) => x > 1), g.slice(1), g.splice(0, 1), g);
console.log(Logged.of(4, 5), Logged.from({ length: 2, 0: 'a', 1: 'b' }));
class NoSpecies extends Array { static get [Symbol.species]() { return Array; } }
const ns = NoSpecies.from([1, 2]); console.log(ns.map((x) => x) instanceof NoSpecies, ns instanceof NoSpecies);
const plain = [1, 2]; Object.setPrototypeOf(plain, List.prototype); console.log(plain.sum(), plain instanceof List, Object.getPrototypeOf(plain) === List.prototype);
console.log(Array[Symbol.species] === Array, List[Symbol.species] === List);
