// replace and replaceAll with string patterns: first vs every match, empty patterns,
// substitution patterns, replacement functions (arguments, order, conversions of their
// results), conversions of the pattern and replacement, objects with [Symbol.replace].
const s = 'a-b-c';
console.log(s.replace('-', '+'), s.replaceAll('-', '+'), s.replace('x', '!'), s.replaceAll('', '.'), s.replace('', '>'), ''.replaceAll('', 'e'));
console.log('x'.replace('x', '$&$&'), 'abc'.replace('b', "[$`|$'|$$|$1|$<n>]"), 'aaa'.replaceAll('a', '$&-'), 'aaaa'.replaceAll('aa', 'b'));
console.log('abcb'.replace('b', (m, i, str) => `[${m}${i}${str}]`), 'abcb'.replaceAll('b', (m, i) => i));
const calls = [];
console.log('1.2.3'.replaceAll('.', (m, i) => { calls.push(i); return { toString() { return '|'; } }; }), calls);
console.log('null undefined 12'.replace(null, 'N').replace(undefined, 'U').replace(12, 3));
console.log('abc'.replace({ toString() { return 'b'; } }, { toString() { return 'B'; } }));
const custom = { [Symbol.replace](str, rep) { return `custom(${str},${rep})`; } };
console.log('xyz'.replace(custom, 'r'), 'xyz'.replaceAll(custom, 'r'));
console.log('$'.replace('$', '$$$$'), 'ab'.replace('b', '$'), 'ab'.replace('a', () => '$&'));
try { String.prototype.replace.call(null, 'a', 'b'); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(''.replace.length, ''.replaceAll.length, ''.replaceAll.name);
