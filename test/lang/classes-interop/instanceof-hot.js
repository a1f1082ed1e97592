// x instanceof F in compiled code, answered by x's shape for the constructor the site saw:
// primitives, plain arrays, several shapes and more shapes than cached, then every change
// that must change the answer after compilation: F.prototype reassigned (an ordinary
// function), a static Symbol.hasInstance defined on F or on its parent, an instance's or a
// prototype's [[Prototype]] replaced; and the errors (a non-callable right-hand side, a
// non-object prototype) thrown from compiled code.
'use strict';
class Animal {}
class Dog extends Animal {}
class Cat extends Animal {}
const values = [new Dog(), new Cat(), new Animal(), {}, [], [1, 2], 'dog', 5, null, undefined, Object.create(null), () => 1, { a: 1, b: 2 }];
function isAnimal(v) { return v instanceof Animal; }
function isDog(v) { return v instanceof Dog; }
function isArray(v) { return v instanceof Array; }
function isObject(v) { return v instanceof Object; }
let row;
for (let i = 0; i < 3000; i++) row = values.map((v) => [isAnimal(v), isDog(v), isArray(v), isObject(v)].map(Number).join(''));
console.log(row.join(' '));

// More receiver shapes than the site keeps answers for.
const many = [];
for (let k = 0; k < 12; k++) { const o = new Dog(); o['p' + k] = k; many.push(o); }
let count = 0;
for (let i = 0; i < 2000; i++) { count = 0; for (const o of many) if (isAnimal(o)) count++; }
console.log(count);

// An ordinary function whose prototype is replaced after the code was compiled.
function Point() {}
const p1 = new Point();
function isPoint(v) { return v instanceof Point; }
for (let i = 0; i < 3000; i++) isPoint(p1);
console.log(isPoint(p1), isPoint({}));
Point.prototype = { moved: true };
console.log(isPoint(p1), isPoint(new Point()));

// Symbol.hasInstance defined later: on the class itself, then on a parent of another.
console.log(isDog(new Dog()), isDog(7));
Object.defineProperty(Dog, Symbol.hasInstance, { value: (v) => v === 7 });
console.log(isDog(new Dog()), isDog(7));
class Base {}
class Leaf extends Base {}
function isLeaf(v) { return v instanceof Leaf; }
for (let i = 0; i < 3000; i++) isLeaf(new Leaf());
console.log(isLeaf(new Leaf()), isLeaf('x'));
Object.defineProperty(Base, Symbol.hasInstance, { value: (v) => typeof v === 'string' });
console.log(isLeaf(new Leaf()), isLeaf('x'));

// [[Prototype]] changes: of an instance (its shape changes), of a prototype.
class A {}
class B extends A {}
class C {}
function isA(v) { return v instanceof A; }
const b = new B();
for (let i = 0; i < 3000; i++) isA(b);
console.log(isA(b));
Object.setPrototypeOf(B.prototype, C.prototype);
console.log(isA(b), isA(new B()));
const a = new A();
console.log(isA(a));
Object.setPrototypeOf(a, null);
console.log(isA(a));

// Bound functions, and the right-hand side changing at one site.
function Thing() {}
const BoundThing = Thing.bind(null);
function isInst(v, F) { return v instanceof F; }
for (let i = 0; i < 3000; i++) isInst(new Thing(), i % 2 ? Thing : BoundThing);
console.log(isInst(new Thing(), BoundThing), isInst({}, Thing), isInst([], Array), isInst(new Dog(), Animal));

// Errors thrown from compiled code.
function check(v, F) { try { return v instanceof F; } catch (e) { return `${e.constructor.name}: ${e.message}`; } }
for (let i = 0; i < 3000; i++) check({}, Object);
function NoProto() {}
NoProto.prototype = 3;
console.log(check({}, {}), '|', check({}, NoProto), '|', check(5, NoProto), '|', check({}, Object));
