// Strict code throws where sloppy code silently fails: read-only properties, non-extensible
// objects, getter-only accessors, non-configurable deletes, primitives.
const frozen = Object.freeze({ a: 1 });
const sealed = Object.seal({ s: 1 });
const closed = Object.preventExtensions({ p: 1 });
const getterOnly = Object.defineProperty({}, 'g', { get() { return 1; } });
class Thing {}
const thing = Object.freeze(new Thing());
const bare = Object.create(null);
Object.defineProperty(bare, 'k', { value: 1 });
function f(a, b) {}

function sloppy() {
  frozen.a = 2; frozen.b = 3; sealed.s = 2; sealed.t = 3; closed.p = 2; closed.q = 3;
  getterOnly.g = 5; thing.x = 1; bare.k = 2; f.length = 9; f.name = 'h';
  (5).x = 1; 'str'.length = 1; 'str'[0] = 'x';
  console.log(frozen, sealed, closed, getterOnly.g, thing.x, bare.k, f.length, f.name);
  console.log(delete frozen.a, delete sealed.s, delete closed.p, delete f.prototype, delete f.name, f.name === '');
}
sloppy();

const t = (f) => { try { f(); console.log('no error'); } catch (e) { console.log(e.constructor.name + ': ' + e.message); } };
function strict() {
  'use strict';
  t(() => { frozen.a = 2; });
  t(() => { frozen.b = 3; });
  t(() => { frozen['a'] = 2; });
  t(() => { const k = 'b'; frozen[k] = 3; });
  t(() => { sealed.s = 2; });
  t(() => { sealed.t = 3; });
  t(() => { closed.q = 3; });
  t(() => { getterOnly.g = 5; });
  t(() => { thing.x = 1; });
  t(() => { bare.k = 2; });
  t(() => { f.length = 9; });
  t(() => { (5).x = 1; });
  t(() => { true.x = 1; });
  t(() => { 'str'.length = 1; });
  t(() => { 'str'[0] = 'x'; });
  t(() => { 'str'.foo = 'x'; });
  t(() => { delete frozen.a; });
  t(() => { delete sealed.s; });
  t(() => { delete closed.p; });
  t(() => { delete f.prototype; });
  t(() => { delete [].length; });
  t(() => { delete Math.PI; });
  t(() => { Math.PI = 3; });
  t(() => { delete frozen.nothing; });
}
strict();
console.log(closed, Math.PI);
