// Symbol.hasInstance, Symbol.toPrimitive, Symbol.toStringTag, and the other well-known symbols.
function attempt(label, f) {
  try { console.log(label, f()); } catch (e) { console.log(label, e.constructor.name, e.message); }
}
class Even {
  static [Symbol.hasInstance](n) { return n % 2 === 0; }
}
console.log(2 instanceof Even, 3 instanceof Even, [] instanceof Array, {} instanceof Object);
const Anything = { [Symbol.hasInstance]: () => 1 };
console.log('x' instanceof Anything);
console.log(typeof Function.prototype[Symbol.hasInstance], Function.prototype[Symbol.hasInstance].call(Array, []));
attempt('bad hasInstance', () => 1 instanceof { [Symbol.hasInstance]: 5 });
let checks = 0;
for (let i = 0; i < 2000; i++) if (i instanceof Even) checks++;
console.log(checks);
const money = {
  amount: 42,
  [Symbol.toPrimitive](hint) { return hint === 'string' ? `$${this.amount}` : this.amount; },
};
console.log(`${money}`, money + 1, money * 2, String(money));
attempt('toPrimitive returns object', () => ({ [Symbol.toPrimitive]() { return {}; } }) + 1);
attempt('toPrimitive not callable', () => ({ [Symbol.toPrimitive]: 1 }) + 1);
const hints = [];
const probe = { [Symbol.toPrimitive](h) { hints.push(h); return 1; } };
`${probe}`; probe + 1;
console.log(hints);
const tagged = { [Symbol.toStringTag]: 'Custom' };
class Tagged { get [Symbol.toStringTag]() { return 'FromGetter'; } }
const str = Object.prototype.toString;
console.log(str.call(tagged), str.call(new Tagged()), str.call({ [Symbol.toStringTag]: 7 }));
console.log(str.call(Symbol()), str.call(new Map()), str.call(new Set()), str.call(Math), str.call(JSON), str.call([]), str.call(null));
console.log(Symbol.prototype[Symbol.toStringTag], Math[Symbol.toStringTag], JSON[Symbol.toStringTag], Map.prototype[Symbol.toStringTag], Set.prototype[Symbol.toStringTag]);
console.log(Symbol.prototype[Symbol.toPrimitive].call(Symbol.iterator) === Symbol.iterator);
console.log(Symbol.asyncIterator.toString(), Symbol.species.description, Symbol.isConcatSpreadable.description, Symbol.unscopables.description);
console.log(Object.getOwnPropertySymbols(Symbol.prototype), Object.getOwnPropertySymbols(Function.prototype));
const asyncIterable = { [Symbol.asyncIterator]() { return null; } };
console.log(Symbol.asyncIterator in asyncIterable, Object.getOwnPropertySymbols(asyncIterable));
