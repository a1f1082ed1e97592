// Sloppy functions (plain, object-literal methods, arrows inside them) see the global object
// as `this` for an undefined or null receiver; strict ones see what they were given; the
// top level keeps module.exports. Hot, so compiled code takes the same path.
function f() { return this === globalThis; }
console.log(f(), f.call(undefined), f.call(null), f.call({}));
function g() { 'use strict'; return this; }
console.log(g(), g.call(null));
var o = { m() { return this === globalThis; }, a: function () { return () => this === globalThis; } };
var m = o.m, a = o.a;
console.log(m(), o.m(), a()(), o.a()());
function h() { this.zz = 7; }
h();
console.log(globalThis.zz, typeof zz);
console.log(this === module.exports, (() => this === module.exports)());
for (let i = 0; i < 3000; i++) f();
function K() { return typeof this; }
console.log(K(), new K() instanceof K, K.call(undefined));
