// Symbol.iterator: for-of, spread and destructuring of user iterables, run lazily.
class Range {
  constructor(from, to) { this.from = from; this.to = to; }
  [Symbol.iterator]() {
    let i = this.from;
    const to = this.to;
    return { next: () => (i <= to ? { value: i++, done: false } : { value: undefined, done: true }) };
  }
}
for (const x of new Range(1, 4)) console.log('range', x);
console.log([...new Range(5, 8)], Math.max(...new Range(1, 3)));
const [first, second, ...rest] = new Range(10, 15);
console.log(first, second, rest);
// Laziness: next() runs between loop bodies.
const logged = {
  [Symbol.iterator]() {
    let n = 0;
    return {
      next() {
        n++;
        console.log('next', n);
        return n <= 3 ? { value: n * 10, done: false } : { done: true };
      },
    };
  },
};
for (const v of logged) console.log('body', v);
// break stops pulling.
let pulls = 0;
const endless = { [Symbol.iterator]() { return { next() { pulls++; return { value: pulls, done: false }; } }; } };
for (const v of endless) { if (v >= 5) break; }
console.log('pulls', pulls);
// An iterator that is its own iterable; done values; missing value.
const self = {
  k: 0,
  [Symbol.iterator]() { return this; },
  next() { this.k++; return this.k < 3 ? { value: this.k } : { done: true, value: 'ignored' }; },
};
console.log([...self]);
// Nested loops over one iterable class.
const pairs = [];
for (const a of new Range(1, 2)) for (const b of new Range(1, 2)) pairs.push(a * 10 + b);
console.log(pairs);
// Errors.
function attempt(label, f) {
  try { console.log(label, f()); } catch (e) { console.log(label, e.constructor.name, e.message); }
}
attempt('not object result', () => [...{ [Symbol.iterator]() { return 1; } }]);
attempt('result not object', () => [...{ [Symbol.iterator]() { return { next() { return 3; } }; } }]);
attempt('plain object', () => { for (const x of {}) console.log(x); });
// A hot loop over a user iterable (compiled).
function total(it) { let s = 0; for (const v of it) s += v; return s; }
let grand = 0;
for (let i = 0; i < 300; i++) grand += total(new Range(0, i % 10));
console.log(grand);
console.log(typeof Symbol.iterator, Symbol.iterator in Range.prototype, Object.getOwnPropertySymbols(Range.prototype));
