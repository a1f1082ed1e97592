// The same mutations in sloppy code: assignments and deletes that the level refuses do
// nothing (delete answers false); the builtins still throw.
const t = (label, f) => { try { const r = f(); console.log(label, 'ok', r); } catch (e) { console.log(label, e.constructor.name + ': ' + e.message); } };
const F = () => Object.freeze([1, 2, 3]); const S = () => Object.seal([1, 2, 3]); const N = () => Object.preventExtensions([1, 2, 3]);
for (const [name, mk] of [['frozen', F], ['sealed', S], ['nonext', N]]) {
  t(name + ' set0', () => { const a = mk(); a[0] = 9; return a; });
  t(name + ' set5', () => { const a = mk(); a[5] = 9; return a; });
  t(name + ' push', () => mk().push(4));
  t(name + ' push0', () => mk().push());
  t(name + ' pop', () => mk().pop());
  t(name + ' shift', () => mk().shift());
  t(name + ' unshift', () => mk().unshift(0));
  t(name + ' splice', () => mk().splice(1, 1));
  t(name + ' splice+', () => mk().splice(1, 0, 7));
  t(name + ' reverse', () => mk().reverse());
  t(name + ' sort', () => mk().sort((a, b) => b - a));
  t(name + ' fill', () => mk().fill(0, 1));
  t(name + ' copyWithin', () => mk().copyWithin(0, 1));
  t(name + ' len0', () => { const a = mk(); a.length = 0; return a; });
  t(name + ' len9', () => { const a = mk(); a.length = 9; return a.length; });
  t(name + ' delete', () => { const a = mk(); return delete a[0]; });
  t(name + ' named', () => { const a = mk(); a.foo = 1; return a.foo; });
  t(name + ' tests', () => [Object.isFrozen(mk()), Object.isSealed(mk()), Object.isExtensible(mk())]);
  t(name + ' desc', () => JSON.stringify([Object.getOwnPropertyDescriptor(mk(), 0), Object.getOwnPropertyDescriptor(mk(), 'length')]));
  t(name + ' define', () => Object.defineProperty(mk(), 0, { value: 5 }));
}
t('empty frozen pop', () => Object.freeze([]).pop());
t('empty isFrozen', () => [Object.isFrozen(Object.preventExtensions([])), Object.isSealed(Object.preventExtensions([]))]);
const fz = Object.freeze([3, 1, 2]);
console.log(fz, fz.slice().sort(), [...fz].reverse(), fz.map((x) => x * 2), fz.concat([4]), Object.isFrozen(fz.slice()));
