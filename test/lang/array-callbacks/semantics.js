// Array.prototype's callback methods as the specification has them, in every mode: holes
// skipped (find and its kin visit every index), the length read once before the callback is
// checked, elements added during the walk not visited, changed ones seen as they are now,
// thisArg, array-likes, strings and primitives as receivers. Run many times so that the
// self-hosted methods (which replace the natives after some work) answer too.
'use strict';
const log = [];
function each(label, value) { log.push(`${label}:${typeof value === 'object' ? JSON.stringify(value) : String(value)}`); }

function round(r) {
  const packed = [1, 2, 3, 4];
  const holey = [1, , 3, , 5];
  const doubles = [1.5, -0, NaN, 2.25];
  const mixed = [1, 'two', { three: 3 }, null, undefined, [6]];
  each('forEach-holey', (() => { const seen = []; holey.forEach((v, i, a) => seen.push([v, i, a === holey])); return seen; })());
  each('map-holey', holey.map((v) => v * 10));
  each('map-holey-keys', Object.keys(holey.map((v) => v)));
  each('filter', packed.filter((v, i) => (v + i + r) % 2 === 0));
  each('filter-mixed', mixed.filter((v) => v == null).length);
  each('some', [packed.some((v) => v > 3), [].some(() => true), holey.some((v) => v === undefined)]);
  each('every', [packed.every((v) => v > 0), [].every(() => false), holey.every((v) => v !== undefined)]);
  each('find', [holey.find((v) => v === undefined), packed.find((v) => v > 2), packed.find(() => false)]);
  each('findIndex', [holey.findIndex((v) => v === undefined), packed.findIndex((v) => v > 2), packed.findIndex(() => false)]);
  each('findLast', [packed.findLast((v) => v < 3), holey.findLast((v) => v === undefined), [].findLast(() => true)]);
  each('findLastIndex', [packed.findLastIndex((v) => v < 3), holey.findLastIndex((v) => v === undefined), [].findLastIndex(() => true)]);
  each('reduce', [packed.reduce((a, b) => a + b), packed.reduce((a, b) => a + b, r), holey.reduce((a, b) => a + b)]);
  each('reduce-args', packed.reduce((acc, v, i, a) => acc.concat([[v, i, a.length]]), []).length);
  each('reduceRight', [packed.reduceRight((a, b) => a + '-' + b), holey.reduceRight((a, b) => a + b, 'x')]);
  each('reduce-undefined-initial', [[1].reduce((a) => a, undefined), [].reduce((a) => a, undefined)]);
  each('reduce-single', [[7].reduce(() => 'never'), [, 8, ,].reduce(() => 'never'), [, , 9].reduceRight(() => 'never')]);
  each('doubles', [doubles.map((v) => Object.is(v, -0) ? 'minus-zero' : v), doubles.filter((v) => v !== v).length]);
  each('thisArg', packed.map(function () { return this.k; }, { k: r }).join());
  each('arrow-this', packed.map(() => typeof this).join());
  each('strict-this', packed.map(function () { return this; }).join());
  // Elements appended during the walk are not visited; changed ones are seen as they are.
  const grow = [1, 2, 3];
  each('grow', grow.map((v, i, a) => { a.push(v * 10); return v; }).concat(grow.length));
  const shrink = [1, 2, 3, 4, 5];
  each('shrink', shrink.map((v, i, a) => { a.length = 3; return v; }));
  const change = [1, 2, 3];
  each('change', change.map((v, i, a) => { if (i === 0) a[2] = 30; return v; }));
  const del = [1, 2, 3, 4];
  each('delete', del.filter((v, i, a) => { delete a[i + 1]; return true; }));
  // Array-likes, strings and other primitives (ToObject).
  const like = { length: 3, 0: 'a', 2: 'c', 3: 'ignored' };
  each('like-map', Array.prototype.map.call(like, (v) => v + v));
  each('like-filter', Array.prototype.filter.call(like, () => true));
  each('like-reduce', Array.prototype.reduce.call(like, (a, b) => a + b));
  each('string-map', Array.prototype.map.call('héllo', (c, i, o) => c + i + typeof o));
  each('string-some', Array.prototype.some.call('abc', (c) => c === 'c'));
  each('number-forEach', (() => { let n = 0; Array.prototype.forEach.call(5, () => n++); return n; })());
  each('length-string', Array.prototype.map.call({ length: '2', 0: 'x', 1: 'y' }, (v) => v));
  each('length-negative', Array.prototype.map.call({ length: -5, 0: 'x' }, (v) => v).length);
  each('length-fraction', Array.prototype.filter.call({ length: 2.9, 0: 'x', 1: 'y', 2: 'z' }, () => true));
  each('arguments', (function () { return Array.prototype.map.call(arguments, (v) => v * 2); })(1, 2, 3));
}

for (let r = 0; r < 60; r++) {
  log.length = 0;
  round(r);
  if (r === 0 || r === 59) console.log(log.join('\n'));
}
