// The mutating Array.prototype methods on array-likes (objects with a length, arguments,
// strings), and V8's message for each method called on null.
const show = (label, f) => {
  try { console.log(label, f()); } catch (e) { console.log(label, e.name, e.message); }
};
show('sort', () => Array.prototype.sort.call({ 0: 'b', 1: 'a', 3: 'c', length: 5 }));
show('sort cmp', () => Array.prototype.sort.call({ 0: 3, 1: 1, 2: 2, length: 3 }, (a, b) => b - a));
show('reverse', () => Array.prototype.reverse.call({ 0: 'x', 2: 'z', length: 3 }));
const o = { length: 1, 0: 'a' };
show('push', () => [Array.prototype.push.call(o, 'b', 'c'), o]);
show('pop', () => [Array.prototype.pop.call(o), o]);
show('shift', () => [Array.prototype.shift.call(o), o]);
show('unshift', () => [Array.prototype.unshift.call(o, 'z'), o]);
show('splice', () => [Array.prototype.splice.call(o, 0, 1, 'p', 'q'), o]);
show('fill', () => Array.prototype.fill.call({ length: 3 }, 0));
show('copyWithin', () => Array.prototype.copyWithin.call({ 0: 1, 1: 2, 2: 3, length: 3 }, 0, 1));
show('push onto {}', () => { const e = {}; Array.prototype.push.call(e, 1); return e; });
show('arguments', () => (function () { return Array.prototype.sort.call(arguments); })(3, 1, 2));
show('string sort', () => Array.prototype.sort.call('ba'));
show('string push', () => Array.prototype.push.call('ab', 'c'));
show('frozen', () => Array.prototype.sort.call(Object.freeze({ 0: 'b', 1: 'a', length: 2 })));
const log = [];
const watched = new Proxy({ 0: 'q', 1: 'p', length: 2 }, { set(t, k, v) { log.push(`set ${String(k)}=${v}`); t[k] = v; return true; } });
Array.prototype.sort.call(watched);
console.log(log, { ...watched });
for (const m of ['push', 'pop', 'sort', 'map', 'join', 'at', 'indexOf', 'slice', 'forEach', 'flat', 'keys', 'reduceRight', 'toString', 'toLocaleString', 'toSorted']) {
  show(m + '(null)', () => Array.prototype[m].call(null));
}
