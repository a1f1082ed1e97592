// util.inspect with showHidden (and console.log's %o, which implies it): non-enumerable
// properties, symbols, functions' own length/name/prototype, inherited accessors.
const util = require('util');
const show = (v) => console.log(util.inspect(v, { showHidden: true }));

function sloppy(a, b) {}
const methods = { m() {}, async am() {}, *gen() {}, arrow: () => 1 };
show(sloppy);
show(methods);
show(Object.defineProperty({ a: 1 }, 'hidden', { value: 2 }));
show(Object.defineProperty({}, Symbol('s'), { value: 'sym', enumerable: false }));
show([1, 2]);
show(Object.defineProperty([1], 'extra', { value: 'x' }));

class Base { constructor() { this.x = 1; } get g() { return 1; } method() {} static s = 2; }
class Derived extends Base { get h() { return 2; } }
show(new Derived());
show(Derived);
show(Base.prototype);
function Legacy() { this.q = 1; }
Legacy.prototype.z = 5;
show(new Legacy());
show(Object.create({ inherited: 1, fn() {} }));
show(function* named() {});
console.log(util.inspect(sloppy, true), util.inspect({ a: [] }, false, 0));
console.log('%o and %O', { f() {}, n: [1] }, { f() {} });
console.log('%o', new Derived());
console.dir(Object.defineProperty({}, 'd', { value: 1 }), { showHidden: true });
// Without showHidden nothing hidden shows.
console.log(sloppy, methods, new Derived(), Derived);
console.log(Object.getOwnPropertyNames(sloppy), Object.getOwnPropertyNames(() => 1), Object.getOwnPropertyNames(class {}));
console.log(Object.getOwnPropertyDescriptor(sloppy, 'caller'), sloppy.arguments);
(function () { 'use strict'; console.log(Object.getOwnPropertyNames(function strictFn() {})); })();
