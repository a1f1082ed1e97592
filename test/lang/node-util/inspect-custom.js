// util.inspect.custom: console.log, util.inspect and util.format call an object's custom
// method (own, inherited, or keyed by Symbol.for directly) in place of listing its
// properties; a string result prints as it is, an object result is inspected, returning
// `this` prints the object normally, and a constructor's prototype is printed normally.
// The method may allocate and call other functions while the caller's locals stay intact.
const util = require('util');
class Money {
  constructor(amount, currency) { this.amount = amount; this.currency = currency; }
  [util.inspect.custom](depth, options, inspect) {
    return `Money<${this.amount.toFixed(2)} ${this.currency}>`;
  }
}
class Wrapper {
  constructor(inner) { this.inner = inner; }
  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    const keys = Object.keys(options).filter((k) => k === 'depth' || k === 'stylize');
    return `Wrapper(${inspect(this.inner, options)}) depth=${depth} ${keys.join(',')} ${typeof options.stylize}`;
  }
}
class Replaced { [util.inspect.custom]() { return { replacedWith: [1, 2] }; } }
class Plain { constructor() { this.v = 1; } [util.inspect.custom]() { return this; } }
const before = 'kept', count = 3;
console.log(new Money(5, 'EUR'), before, count);
console.log([new Money(1, 'USD'), new Money(2.5, 'GBP')], before, count);
console.log({ price: new Money(9.99, 'NOK'), n: count });
console.log(new Wrapper({ a: [1, { b: 2 }] }), before);
console.log(util.inspect(new Wrapper('s'), { depth: 0 }));
console.log(new Replaced(), new Plain(), Money.prototype === Object.getPrototypeOf(new Money(1, 'x')));
console.log(Plain.prototype);
console.log(util.format('%s | %o | %O', new Money(3, 'SEK'), new Money(4, 'DKK'), new Money(5, 'ISK')));
console.log(new Map([['k', new Money(7, 'CHF')]]), new Set([new Money(8, 'JPY')]));
const literal = { [util.inspect.custom]: () => 'literal!' };
console.log(literal, `${before}${count}`);
function hot(i) { const tag = 't' + i; console.log(tag, new Money(i, 'X'), tag.length); return tag; }
let joined = '';
for (let i = 0; i < 30; i++) joined += hot(i);
console.log(joined.length);
