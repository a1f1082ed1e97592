// Methods are not constructors.
class A { m() {} }
const a = new A();
console.log('start');
new a.m();
