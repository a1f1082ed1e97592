// A sloppy function called on a primitive sees it in its wrapper object (OrdinaryCallBindThis):
// typeof this is object, this === primitive is false; strict functions and arrows see it as is.
String.prototype.kind = function () { return typeof this; };
console.log('x'.kind(), (5).constructor.name);
Number.prototype.double = function () { return this * 2; };
console.log((21).double());
function show() { return this; }
console.log(show.call('abc'), show.call(5), show.call(true), typeof show.call(Symbol('s')), show.call(null) === globalThis, show.call(undefined) === globalThis);
const o = { m() { return typeof this; } };
console.log(o.m.call(1), o.m());
function strictShow() { 'use strict'; return this; }
console.log(strictShow.call('abc'), strictShow.call(5));
String.prototype.isX = function () { return this === 'x'; };
console.log('x'.isX(), 'x'.isX.call('x'));
Boolean.prototype.flip = function () { return !this.valueOf(); };
console.log(true.flip(), false.flip());
const arrow = () => typeof this;
console.log(arrow.call('s'));
function outer() { return (() => typeof this)(); }
console.log(outer.call('s'));
let acc = 0;
function addLen() { acc += this.length; return this instanceof String; }
for (let i = 0; i < 2000; i++) addLen.call(i % 2 ? 'ab' : [1, 2, 3]);
console.log(acc, addLen.call('q'), addLen.call([]));
console.log(show.call(10n), Object.prototype.toString.call(show.call(1)));
