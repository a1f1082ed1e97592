// Symbol(): identity, description, typeof, toString, equality, registry.
const a = Symbol('foo');
const b = Symbol('foo');
const c = Symbol();
const e = Symbol('');
console.log(typeof a, typeof Symbol.iterator, typeof Symbol);
console.log(a === b, a == b, a === a);
console.log(a.description, c.description, e.description, Symbol(undefined).description, Symbol(null).description, Symbol(12).description);
console.log(a.toString(), c.toString(), e.toString(), String(a), String(c));
console.log(a, c, e, [a, c], { a });
console.log(Symbol.for('k') === Symbol.for('k'), Symbol.for('k') === Symbol('k'));
console.log(Symbol.keyFor(Symbol.for('k')), Symbol.keyFor(a), Symbol.for().description, Symbol.keyFor(Symbol.iterator));
console.log(Symbol.iterator.toString(), Symbol.asyncIterator.description, Symbol.hasInstance, Symbol.toPrimitive, Symbol.toStringTag, Symbol.species);
console.log(a.valueOf() === a, Symbol.prototype.toString.call(a));
console.log(Symbol.length, Symbol.name, Symbol.for.length, Symbol.keyFor.length, Symbol.prototype.constructor === Symbol);
console.log(!a, !!c, a ? 'truthy' : 'falsy', c && 'and', c || 'or');
console.log(a == 'Symbol(foo)', a != b, a !== b, [a].includes(a), [a].indexOf(b));
const list = [a, 1, 'x', c, null];
for (let i = 0; i < list.length; i++) console.log(typeof list[i], list[i] === a, list[i] === c);
function same(x, y) { return x === y; }
let hits = 0;
for (let i = 0; i < 2000; i++) if (same(i % 2 ? a : b, a)) hits++;
console.log(hits);
function kind(x) { return typeof x; }
let kinds = '';
for (let i = 0; i < 1500; i++) kinds = kind(i % 3 === 0 ? a : i % 3 === 1 ? 'x' : 2);
console.log(kinds, kind(a), kind(Symbol.for('z')));
