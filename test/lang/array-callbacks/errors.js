// What the methods throw, as node words it and where node says it came from: a callback that
// is not a function, a receiver that is null or undefined, reduce of nothing; and the frames
// of an error thrown inside a callback (`at Array.map (<anonymous>)`; Function.prototype.call
// and apply leave no frame).
'use strict';
class Thing {}
const values = [5, 'abc', {}, [1, 2], null, undefined, Symbol('s'), 10n, true, new Map(), /re/, new Date(0),
  Object.create(null), Thing.prototype, new Thing(), -0, NaN];
const methods = ['forEach', 'map', 'filter', 'some', 'every', 'find', 'findIndex', 'findLast', 'findLastIndex', 'reduce', 'reduceRight'];

function frames(e) {
  return e.stack.split('\n').filter((l) => l.startsWith('    at ') && !l.includes('node:')).map((l) => l.replace(__dirname, '.')).join(' | ');
}

function run(last) {
  const out = [];
  for (const m of methods) {
    for (const v of values) {
      try {
        [1][m](v);
      } catch (e) {
        out.push(`${m}: ${e.constructor.name}: ${e.message}`);
      }
    }
    try {
      Array.prototype[m].call(null, () => {});
    } catch (e) {
      out.push(`${m} on null: ${e.message} / ${frames(e)}`);
    }
    try {
      [1, 2].map.call([1, 2], () => { throw new Error('inside'); });
    } catch (e) {
      out.push(`${m} throws: ${frames(e)}`);
    }
  }
  for (const m of ['reduce', 'reduceRight']) {
    for (const a of [[], [, ,], Array.prototype.slice.call({ length: 3 })]) {
      try {
        a[m]((x, y) => x + y);
      } catch (e) {
        out.push(`${m} empty: ${e.message} / ${frames(e)}`);
      }
    }
  }
  try {
    [3].forEach(function callback() { null.x; });
  } catch (e) {
    out.push(`callback stack: ${frames(e)}`);
  }
  try {
    Array.prototype.forEach.apply([1], [function viaApply() { throw new RangeError('r'); }]);
  } catch (e) {
    out.push(`apply: ${frames(e)}`);
  }
  try {
    [[1]].forEach((inner) => inner.map((x) => x.y.z));
  } catch (e) {
    out.push(`nested: ${e.message} / ${frames(e)}`);
  }
  if (last) console.log(out.join('\n'));
}

for (let i = 0; i < 30; i++) run(i === 0 || i === 29);
