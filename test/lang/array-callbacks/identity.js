// The methods stay the same objects with the same name, length and text while kiln swaps
// their implementation; they are not constructors; replacing one on Array.prototype is the
// program's choice and is respected.
'use strict';
const names = ['forEach', 'map', 'filter', 'some', 'every', 'find', 'findIndex', 'findLast', 'findLastIndex', 'reduce', 'reduceRight'];
const saved = names.map((n) => Array.prototype[n]);
function describe() {
  return names.map((n, i) => {
    const f = Array.prototype[n];
    const d = Object.getOwnPropertyDescriptor(Array.prototype, n);
    return `${n} same=${f === saved[i]} name=${f.name} length=${f.length} text=${String(f)} enumerable=${d.enumerable} proto=${Object.getPrototypeOf(f) === Function.prototype} own=${Object.getOwnPropertyNames(f).sort()}`;
  }).join('\n');
}
console.log(describe());
let total = 0;
for (let i = 0; i < 3000; i++) total += [1, 2, 3].map((x) => x + i).reduce((a, b) => a + b);
console.log(total);
console.log(describe());
for (const n of names) {
  try {
    new Array.prototype[n](() => {});
  } catch (e) {
    console.log(`${e.constructor.name}: ${e.message}`);
  }
}
console.log(typeof [].map.prototype, 'prototype' in [].forEach, [].map.hasOwnProperty('caller'));
const bound = [].map.bind([4, 5]);
console.log(bound((x) => x * 2), bound.name, bound.length);
const original = Array.prototype.map;
Array.prototype.map = function (f) { return 'replaced ' + f(1); };
console.log([1].map((x) => x + 1));
Array.prototype.map = original;
console.log([1].map((x) => x + 1));
// A program's own push is not what filter appends with.
const push = Array.prototype.push;
Array.prototype.push = function () { throw new Error('push called'); };
const kept = [1, 2, 3].filter((x) => x !== 2);
Array.prototype.push = push;
console.log(kept);
