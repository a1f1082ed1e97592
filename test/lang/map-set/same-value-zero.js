// Keys compare by SameValueZero: NaN is NaN, -0 is +0, strings by content, objects by identity.
const m = new Map();
m.set(NaN, 'nan');
m.set(0 / 0, 'still nan');
console.log(m.size, m.get(NaN));
m.set(-0, 'zero');
console.log(m.get(0), m.has(-0), [...m.keys()]);
const a = 'ab';
const b = 'a' + 'b';
m.set(a, 'string');
console.log(m.get(b), m.get('ab'));
const o1 = {};
const o2 = {};
m.set(o1, 'o1');
console.log(m.get(o1), m.get(o2), m.has({}));
m.set(1, 'int').set(1.5, 'double').set('1', 'str').set(true, 'bool').set(null, 'null').set(undefined, 'undef');
console.log(m.get(1), m.get(1.5), m.get('1'), m.get(true), m.get(null), m.get(undefined), m.get(3 - 2));
const s = new Set([0, -0, NaN, NaN, '0']);
console.log(s.size, [...s]);
