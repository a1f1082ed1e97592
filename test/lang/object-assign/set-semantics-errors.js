// Object.assign writes with [[Set]] as strict code does, whatever the caller's mode: setters
// on the target (own or inherited) run, and a read-only property, a getter without a setter
// or a non-extensible target is a TypeError after the properties before it were written.
const s = Symbol('s');
function attempt(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, e.constructor.name, e.message);
  }
}
attempt('frozen', () => Object.assign(Object.freeze({ a: 1 }), { a: 2 }));
attempt('frozen symbol', () => Object.assign(Object.freeze({ [s]: 1 }), { [s]: 2 }));
attempt('read-only', () => Object.assign(Object.defineProperty({}, 'w', { value: 1, enumerable: true }), { w: 2 }));
attempt('non-extensible', () => Object.assign(Object.preventExtensions({ x: 1 }), { x: 5, y: 2 }));
attempt('non-extensible symbol', () => Object.assign(Object.preventExtensions({}), { [s]: 2 }));
attempt('getter only', () => Object.assign({ get z() { return 1; } }, { z: 2 }));
attempt('getter only symbol', () => Object.assign({ get [s]() { return 1; } }, { [s]: 2 }));
attempt('setter', () => Object.assign({ set z(v) { console.log('  setter got', v); } }, { z: 2 }));
class Recorder { set q(v) { console.log('  inherited setter got', v); } }
attempt('inherited setter', () => Object.assign(new Recorder(), { q: 3 }));
attempt('frozen array', () => Object.assign(Object.freeze([1, 2]), [9]));
attempt('function name', () => Object.assign(function named() {}, { name: 'x' }));
attempt('class instance', () => { class Point {} return Object.assign(Object.freeze(new Point()), { x: 1 }); });
attempt('null target', () => Object.assign(null, {}));
const partial = Object.defineProperty({}, 'k', { value: 0, enumerable: true });
attempt('partial', () => Object.assign(partial, { a: 1, k: 2, z: 3 }));
console.log(partial);
const readOnlyInherited = Object.create(Object.freeze({ p: 1 }));
attempt('inherited read-only', () => Object.assign(readOnlyInherited, { p: 2 }));
// Strict code's own writes name a symbol key the same way.
(function () {
  'use strict';
  attempt('strict frozen symbol', () => { Object.freeze({ [s]: 1 })[s] = 2; });
  attempt('strict add symbol', () => { Object.preventExtensions({})[s] = 2; });
  attempt('strict getter symbol', () => { ({ get [s]() { return 1; } })[s] = 2; });
}());
// A hot loop whose target refuses on the last iteration.
const cells = {};
let failures = 0;
for (let i = 0; i < 300; i++) {
  if (i === 299) Object.freeze(cells);
  try {
    Object.assign(cells, { v: i });
  } catch (e) {
    failures++;
    console.log(i, e.message);
  }
}
console.log(cells.v, failures);
