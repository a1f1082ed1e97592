// console.log of classes ([class X extends Y] with statics) and functions with properties.
class A { static tag = 'x'; m() {} }
class B extends A {}
function f() {}
f.calls = 2;
console.log(A, B, [A], f, { B }, new B());
const C = class {};
console.log(C, class {}, typeof A);
function g() {}
console.log(g, [g]);
